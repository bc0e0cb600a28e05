package org.threatmesh.model.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.threatmesh.model.ThreatModel;

/**
 * Loads and saves model files. Saving is atomic: the bytes go to a temporary file in the same directory, are
 * flushed to disk, and replace the target in one rename, so a crash mid-save leaves the old file intact.
 */
public final class ModelFiles {

    private final ModelReader reader = new ModelReader();
    private final ModelWriter writer = new ModelWriter();

    /**
     * Loads the model in {@code file}.
     *
     * @throws ModelLoadException for a missing, unreadable, oversized or invalid file; the message names the file
     */
    public ThreatModel load(Path file) throws ModelLoadException {
        String name = file.toString();
        try {
            if (Files.isDirectory(file)) {
                throw new ModelLoadException(new Problem(name, 0, 0, "", "is a directory, not a model file"));
            }
            long size = Files.size(file);
            if (size > Format.MAX_FILE_BYTES) {
                throw new ModelLoadException(new Problem(name, 0, 0, "", String.format(
                        "the file is %.1f MB; model files are limited to %d MB", size / 1e6,
                        Format.MAX_FILE_BYTES / (1024 * 1024))));
            }
            return reader.read(Files.readAllBytes(file), name);
        } catch (NoSuchFileException e) {
            throw new ModelLoadException(new Problem(name, 0, 0, "", "no such file"));
        } catch (AccessDeniedException e) {
            throw new ModelLoadException(new Problem(name, 0, 0, "", "permission denied"));
        } catch (IOException e) {
            throw new ModelLoadException(new Problem(name, 0, 0, "", "cannot be read: " + e.getMessage()));
        }
    }

    /** Saves {@code model} to {@code file} atomically in canonical form. */
    public void save(ThreatModel model, Path file) throws IOException {
        writeAtomically(file, writer.write(model));
    }

    /**
     * Replaces {@code target} with {@code bytes} atomically. Shared by every writer of user files (models, reports,
     * exported configs) so none can leave a half-written file behind.
     */
    public static void writeAtomically(Path target, byte[] bytes) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path directory = absolute.getParent();
        Files.createDirectories(directory);
        Path temporary = Files.createTempFile(directory, "." + absolute.getFileName() + ".", ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            try {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
