package org.threatmesh.app.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.io.ModelFiles;
import org.threatmesh.model.io.ModelLoadException;
import org.threatmesh.model.io.ModelWriter;

/**
 * The autosave recovery file: unsaved work is written here periodically, removed when the document is saved or
 * the app closes normally, and offered back on the next start if it is still there (the app crashed or was
 * killed). Writes are atomic, so a crash during autosave leaves the previous recovery file intact.
 */
public final class RecoveryStore {

    /** What a previous session left behind. */
    public record Recovered(ThreatModel model, Optional<Path> origin) {
    }

    private final Path directory;
    private final Path modelFile;
    private final Path originFile;

    public RecoveryStore(Path home) {
        this.directory = home.resolve("recovery");
        this.modelFile = directory.resolve("unsaved.threatmesh.json");
        this.originFile = directory.resolve("origin.txt");
    }

    /** Saves {@code model} as the recovery copy of the document that lives at {@code origin}, if any. */
    public void write(ThreatModel model, Optional<Path> origin) throws IOException {
        Files.createDirectories(directory);
        ModelFiles.writeAtomically(originFile, origin.map(p -> p.toAbsolutePath().toString()).orElse("")
                .getBytes(StandardCharsets.UTF_8));
        ModelFiles.writeAtomically(modelFile, new ModelWriter().write(model));
    }

    /** The recovery copy left by a session that did not end normally; empty when there is none or it is broken. */
    public Optional<Recovered> pending() {
        if (!Files.isRegularFile(modelFile)) {
            return Optional.empty();
        }
        try {
            ThreatModel model = new ModelFiles().load(modelFile);
            String origin = Files.isRegularFile(originFile)
                    ? Files.readString(originFile, StandardCharsets.UTF_8).strip() : "";
            return Optional.of(new Recovered(model, origin.isEmpty() ? Optional.empty() : Optional.of(Path.of(origin))));
        } catch (ModelLoadException | IOException e) {
            return Optional.empty();
        }
    }

    /** Removes the recovery copy: the work is saved or deliberately discarded. */
    public void clear() {
        try {
            Files.deleteIfExists(modelFile);
            Files.deleteIfExists(originFile);
        } catch (IOException ignored) {
            // A stale recovery file only leads to an extra question at the next start.
        }
    }
}
