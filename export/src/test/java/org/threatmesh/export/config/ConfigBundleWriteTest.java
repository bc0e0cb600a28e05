package org.threatmesh.export.config;

import org.threatmesh.export.manifest.Target;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threatmesh.export.ExportException;
import org.threatmesh.samples.SampleCatalog;

class ConfigBundleWriteTest {

    @TempDir
    Path temp;

    private ConfigBundle bundle() {
        return new ConfigExporter().plan(SampleCatalog.defaultSample().load(), List.of(), EnumSet.allOf(Target.class));
    }

    @Test
    void writesEveryFileAndNothingElse() throws IOException {
        ConfigBundle bundle = bundle();
        Path out = temp.resolve("out");
        bundle.writeTo(out);
        for (String path : bundle.paths()) {
            assertThat(Files.readAllBytes(out.resolve(path))).isEqualTo(bundle.bytes(path));
        }
        try (Stream<Path> files = Files.walk(out)) {
            assertThat(files.filter(Files::isRegularFile).count()).isEqualTo(bundle.paths().size());
        }
        try (Stream<Path> siblings = Files.list(temp)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).containsExactly("out");
        }
    }

    @Test
    void failureMidWriteLeavesNoOutputAndNoTemporaryFolder() throws IOException {
        AtomicInteger written = new AtomicInteger();
        Path out = temp.resolve("out");
        assertThatThrownBy(() -> bundle().writeTo(out, (file, bytes) -> {
            if (written.incrementAndGet() == 3) {
                throw new IOException("disk full");
            }
            Files.write(file, bytes);
        })).isInstanceOf(ExportException.class).hasMessageContaining(out.toString()).hasMessageContaining("disk full");
        try (Stream<Path> left = Files.list(temp)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void failedReplacementKeepsThePreviousExportIntact() throws IOException {
        Path out = temp.resolve("out");
        ConfigBundle bundle = bundle();
        bundle.writeTo(out);
        byte[] readme = Files.readAllBytes(out.resolve(ConfigBundle.README));
        assertThatThrownBy(() -> bundle.writeTo(out, (file, bytes) -> {
            throw new IOException("read-only file system");
        })).isInstanceOf(ExportException.class);
        assertThat(Files.readAllBytes(out.resolve(ConfigBundle.README))).isEqualTo(readme);
        try (Stream<Path> left = Files.list(temp)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("out");
        }
    }

    @Test
    void refusesToReplaceAFolderThatIsNotAnExport() throws IOException {
        Path out = Files.createDirectories(temp.resolve("mine"));
        Files.writeString(out.resolve("notes.txt"), "keep me");
        assertThatThrownBy(() -> bundle().writeTo(out)).isInstanceOf(ExportException.class)
                .hasMessageContaining("not empty");
        assertThat(Files.readString(out.resolve("notes.txt"))).isEqualTo("keep me");
    }

    @Test
    void pathsThatNavigateOutOfTheFolderAreRejected() {
        ConfigPlan plan = new ConfigPlan(List.of(), List.of(), Map.of());
        for (String path : List.of("../evil.yaml", "/etc/passwd", "a/../../b", "k8s/./x", "C:/x", "a\\b")) {
            assertThatThrownBy(() -> new ConfigBundle(Map.of(path, new byte[0]), plan))
                    .as(path).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
