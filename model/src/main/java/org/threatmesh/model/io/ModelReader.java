package org.threatmesh.model.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.threatmesh.model.ThreatModel;

/**
 * Reads {@code .threatmesh.json} files. Loading is all or nothing: any problem throws
 * {@link ModelLoadException} listing what is wrong and where, and no partial model escapes. Files from older
 * schema versions are migrated; files from newer ones are refused. Stateless and thread-safe.
 */
public final class ModelReader {

    private final Migrations migrations = new Migrations();

    /**
     * Reads a model.
     *
     * @param bytes    the file's content
     * @param fileName the name to use in messages
     * @throws ModelLoadException when the content is not a valid model
     */
    public ThreatModel read(byte[] bytes, String fileName) throws ModelLoadException {
        if (bytes.length > Format.MAX_FILE_BYTES) {
            throw new ModelLoadException(new Problem(fileName, 0, 0, "", String.format(
                    "the file is %.1f MB; model files are limited to %d MB", bytes.length / 1e6,
                    Format.MAX_FILE_BYTES / (1024 * 1024))));
        }
        int start = checkUtf8(bytes, fileName);
        // The text is needed only to locate problems, so it is built only when there are some.
        Supplier<String> text = () -> new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        LocatedTree tree;
        try {
            tree = parse(bytes, start, text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 0 : at.getLineNr();
            int column = at == null ? 0 : at.getColumnNr();
            throw new ModelLoadException(new Problem(fileName, Math.max(line, 0), Math.max(column, 0), "",
                    "not valid JSON: " + cleanMessage(e.getOriginalMessage())));
        } catch (IOException e) {
            throw new ModelLoadException(new Problem(fileName, 0, 0, "", "cannot be read: " + e.getMessage()));
        }
        LocatedTree parsed = tree;
        Supplier<LocatedTree> located = () -> relocated(text.get(), parsed);
        if (!tree.root().isObject()) {
            throw new ModelLoadException(new Problem(fileName, 1, 1, "$", "a model file must contain a JSON object"));
        }
        int version = schemaVersion((ObjectNode) tree.root(), fileName, located);
        if (version < Format.CURRENT_VERSION) {
            return new ModelDecoder(fileName, LocatedTree.unlocated(
                    migrations.migrate((ObjectNode) tree.root(), version, fileName))).decode();
        }
        try {
            return new ModelDecoder(fileName, tree).decode();
        } catch (ModelLoadException e) {
            // The fast pass found problems: parse again, recording where each value starts, to locate them.
            return new ModelDecoder(fileName, located.get()).decode();
        }
    }

    /** Parses fast from bytes; on a syntax error, parses the text again so the error's column counts characters. */
    private static LocatedTree parse(byte[] bytes, int start, Supplier<String> text) throws IOException {
        try {
            return LocatedTree.parseFast(bytes, start);
        } catch (JsonProcessingException e) {
            return LocatedTree.parse(text.get(), false);
        }
    }

    private static LocatedTree relocated(String text, LocatedTree tree) {
        try {
            return LocatedTree.parse(text, true);
        } catch (IOException e) {
            return tree;
        }
    }

    private static int schemaVersion(ObjectNode root, String fileName, Supplier<LocatedTree> tree)
            throws ModelLoadException {
        JsonNode version = root.get(Format.SCHEMA_VERSION);
        if (version == null) {
            if (root.has(Migrations.V0_VERSION_FIELD)) {
                return 0;
            }
            throw located(fileName, tree.get(), "$", "missing schemaVersion: this does not look like a ThreatMesh model");
        }
        if (!version.isIntegralNumber() || !version.canConvertToInt() || version.intValue() < 0) {
            throw located(fileName, tree.get(), "$." + Format.SCHEMA_VERSION, "schemaVersion must be a whole number");
        }
        if (version.intValue() > Format.CURRENT_VERSION) {
            throw located(fileName, tree.get(), "$." + Format.SCHEMA_VERSION, "the file uses schema version "
                    + version.intValue() + ", written by a newer ThreatMesh; this version reads up to "
                    + Format.CURRENT_VERSION + ". Update ThreatMesh to open it");
        }
        return version.intValue();
    }

    private static ModelLoadException located(String fileName, LocatedTree tree, String path, String message) {
        int[] at = tree.locate(path);
        return new ModelLoadException(new Problem(fileName, at[0], at[1], path, message));
    }

    /**
     * Checks that the bytes are UTF-8 without building a second copy of a large file, and returns where the text
     * starts (after a byte-order mark, if any).
     */
    private static int checkUtf8(byte[] bytes, String fileName) throws ModelLoadException {
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer input = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer scratch = CharBuffer.allocate(64 * 1024);
        while (true) {
            CoderResult result = decoder.decode(input, scratch, true);
            if (result.isError()) {
                int offset = input.position();
                int[] at = lineAndColumn(bytes, start, offset);
                throw new ModelLoadException(new Problem(fileName, at[0], at[1], "", String.format(
                        "not UTF-8 text: byte 0x%02x at offset %d is not valid UTF-8; save the file as UTF-8",
                        bytes[offset] & 0xff, offset)));
            }
            scratch.clear();
            if (result.isUnderflow()) {
                return start;
            }
        }
    }

    private static int[] lineAndColumn(byte[] bytes, int start, int offset) {
        int line = 1;
        int column = 1;
        for (int i = start; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                column = 1;
            } else if ((bytes[i] & 0xc0) != 0x80) {
                column++;
            }
        }
        return new int[] {line, column};
    }

    private static String cleanMessage(String message) {
        if (message == null) {
            return "syntax error";
        }
        int cut = message.indexOf("\n");
        String firstLine = cut < 0 ? message : message.substring(0, cut);
        // Jackson names its input source inside locations; the file name is already at the front of the message.
        return firstLine.replaceAll("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]", "line $1, column $2");
    }
}
