package org.threatmesh.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.testing.ModelGenerator;

class AtomicSaveTest {

    @TempDir
    Path dir;

    @Test
    void saveReplacesTheFileAndLeavesNoTemporaryFiles() throws Exception {
        Path file = dir.resolve("shop.threatmesh.json");
        Files.writeString(file, "old content");
        ThreatModel model = ModelGenerator.generate(5, 1);

        new ModelFiles().save(model, file);

        assertThat(new ModelFiles().load(file)).isEqualTo(model);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aSaveThatCannotCompleteLeavesTheTargetUntouchedAndNoTemporaryFile() throws Exception {
        // A non-empty directory cannot be replaced by a rename, so the save fails at its last step.
        Path target = dir.resolve("shop.threatmesh.json");
        Files.createDirectory(target);
        Files.writeString(target.resolve("keep.txt"), "precious");

        assertThatThrownBy(() -> new ModelFiles().save(ModelGenerator.generate(3, 2), target))
                .isInstanceOf(java.io.IOException.class);

        assertThat(Files.readString(target.resolve("keep.txt"))).isEqualTo("precious");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }
}
