package org.threatmesh.export.config;

import org.threatmesh.export.manifest.Target;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.threatmesh.samples.Sample;
import org.threatmesh.samples.SampleCatalog;

/**
 * Exact text of every exported file per sample, against src/test/resources/golden/&lt;sample&gt;/. Regenerate with
 * {@code -Dgolden.update=true} and review the diff like code.
 */
class ConfigExportGoldenTest {

    private static final Path GOLDEN = Paths.get("src/test/resources/golden");

    static Stream<Sample> samples() {
        return SampleCatalog.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void exportMatchesGoldenFiles(Sample sample) throws IOException {
        ConfigBundle bundle = new ConfigExporter().plan(sample.load(), List.of(), EnumSet.allOf(Target.class));
        Path folder = GOLDEN.resolve(sample.id());
        if (Boolean.getBoolean("golden.update")) {
            for (String path : bundle.paths()) {
                Path file = folder.resolve(path);
                Files.createDirectories(file.getParent());
                Files.write(file, bundle.bytes(path));
            }
        }
        assertThat(folder).as("golden folder of " + sample.id() + "; create it with -Dgolden.update=true").isDirectory();
        List<String> expectedPaths = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            files.filter(Files::isRegularFile).forEach(f -> expectedPaths.add(folder.relativize(f).toString()
                    .replace('\\', '/')));
        }
        assertThat(bundle.paths()).containsExactlyInAnyOrderElementsOf(expectedPaths);
        for (String path : bundle.paths()) {
            String expected = Files.readString(folder.resolve(path), StandardCharsets.UTF_8);
            String actual = bundle.text(path);
            if (!expected.equals(actual)) {
                fail("golden mismatch for " + sample.id() + "/" + path + " (regenerate with -Dgolden.update=true)\n"
                        + UnifiedDiff.of("golden/" + path, "actual/" + path, expected, actual));
            }
        }
    }

    @Test
    void twoExportsOfTheSameModelAreByteIdentical() {
        ConfigBundle first = new ConfigExporter().plan(HostileModels.hostileServices(), List.of(),
                EnumSet.allOf(Target.class));
        ConfigBundle second = new ConfigExporter().plan(HostileModels.hostileServices(), List.of(),
                EnumSet.allOf(Target.class));
        assertThat(second.paths()).containsExactlyElementsOf(first.paths());
        for (String path : first.paths()) {
            assertThat(second.bytes(path)).as(path).isEqualTo(first.bytes(path));
            assertThat(first.text(path)).as(path + " uses LF only").doesNotContain("\r");
        }
    }
}
