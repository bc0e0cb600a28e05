package org.threatmesh.model.testing;

import java.nio.file.Path;

/** Locations shared by tests of several modules. */
public final class Fixtures {

    private Fixtures() {
    }

    /** The repository root: passed by the build as {@code threatmesh.repo.root}, or found from the working dir. */
    public static Path repoRoot() {
        String property = System.getProperty("threatmesh.repo.root");
        if (property != null && !property.isBlank()) {
            return Path.of(property).toAbsolutePath().normalize();
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !dir.resolve(".ci").toFile().isDirectory()) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("cannot find the repository root from " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    /** The shared reference folder that sits beside the repository (schemas, real-world manifests). */
    public static Path shared() {
        return repoRoot().resolve("../shared").normalize();
    }
}
