package org.threatmesh.export.config;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Collections;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.threatmesh.export.ExportException;

/**
 * The files of one configuration export, in memory: relative path (with '/') to bytes, README included, plus the
 * document model they were rendered from. Immutable.
 */
public final class ConfigBundle {

    /** Name of the README written at the top of the output folder. */
    public static final String README = "README.md";
    /** First line of every generated README; marks a folder as a previous export that may be replaced. */
    static final String README_TITLE = "# ThreatMesh configuration export";

    private final SortedMap<String, byte[]> files;
    private final ConfigPlan plan;

    /** Takes ownership of the byte arrays: the renderer hands over arrays nobody else holds. */
    ConfigBundle(Map<String, byte[]> files, ConfigPlan plan) {
        SortedMap<String, byte[]> copy = new TreeMap<>();
        files.forEach((path, bytes) -> copy.put(checkRelative(path), bytes));
        this.files = Collections.unmodifiableSortedMap(copy);
        this.plan = Objects.requireNonNull(plan, "plan");
    }

    /** Relative paths in sorted order. */
    public java.util.Set<String> paths() {
        return files.keySet();
    }

    /** A copy of the bytes of {@code path}. */
    public byte[] bytes(String path) {
        byte[] bytes = files.get(path);
        if (bytes == null) {
            throw new IllegalArgumentException("no file " + path + " in this export");
        }
        return bytes.clone();
    }

    /** The text of {@code path} (UTF-8). */
    public String text(String path) {
        return new String(files.get(path), StandardCharsets.UTF_8);
    }

    public String readme() {
        return text(README);
    }

    /** The document model the files were rendered from. */
    public ConfigPlan plan() {
        return plan;
    }

    /**
     * Writes the files into {@code directory} atomically: everything goes into a temporary folder next to it, is
     * flushed, and then takes the directory's place by rename. A failure leaves {@code directory} as it was.
     * {@code directory} must not exist, be empty, or hold a previous ThreatMesh export (which is replaced).
     *
     * @throws ExportException naming the directory when it cannot be written
     */
    public void writeTo(Path directory) {
        writeTo(directory, ConfigBundle::writeSynced);
    }

    /** Writes one file; tests substitute failing writers. */
    @FunctionalInterface
    interface FileWriter {
        void write(Path file, byte[] bytes) throws IOException;
    }

    void writeTo(Path directory, FileWriter writer) {
        Path target = directory.toAbsolutePath().normalize();
        Path parent = target.getParent();
        if (parent == null) {
            throw new ExportException("cannot export into the file system root " + target);
        }
        checkReplaceable(target);
        Path staging = null;
        Path previous = null;
        try {
            Files.createDirectories(parent);
            staging = Files.createTempDirectory(parent, "." + target.getFileName() + ".export-");
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path path = staging.resolve(file.getKey()).normalize();
                if (!path.startsWith(staging)) {
                    throw new ExportException("refusing to write outside the output folder: " + file.getKey());
                }
                Files.createDirectories(path.getParent());
                writer.write(path, file.getValue());
            }
            if (Files.exists(target)) {
                previous = Files.createTempDirectory(parent, "." + target.getFileName() + ".previous-");
                Files.delete(previous);
                move(target, previous);
            }
            try {
                move(staging, target);
            } catch (IOException e) {
                if (previous != null) {
                    move(previous, target);
                    previous = null;
                }
                throw e;
            }
            staging = null;
        } catch (IOException e) {
            throw new ExportException("could not write the configuration export to " + target + ": "
                    + e.getMessage(), e);
        } finally {
            deleteQuietly(staging);
            deleteQuietly(previous);
        }
    }

    private static void checkReplaceable(Path target) {
        if (!Files.exists(target)) {
            return;
        }
        if (!Files.isDirectory(target)) {
            throw new ExportException(target + " exists and is not a directory");
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(target)) {
            if (!entries.iterator().hasNext()) {
                return;
            }
        } catch (IOException e) {
            throw new ExportException("cannot read " + target + ": " + e.getMessage(), e);
        }
        Path readme = target.resolve(README);
        try {
            if (Files.isRegularFile(readme) && Files.readString(readme).startsWith(README_TITLE)) {
                return;
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            // An unreadable README is not ours; fall through to the refusal below.
        }
        throw new ExportException(target + " is not empty and does not hold a previous ThreatMesh export; "
                + "choose an empty or new folder");
    }

    private static void writeSynced(Path file, byte[] bytes) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void deleteQuietly(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // Left-over temporary folders are hidden and harmless; the export itself succeeded or failed already.
        }
    }

    private static String checkRelative(String path) {
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains(":")) {
            throw new IllegalArgumentException("export paths must be relative: " + path);
        }
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".") || part.equals("..")) {
                throw new IllegalArgumentException("export paths must not navigate: " + path);
            }
        }
        return path;
    }
}
