package org.threatmesh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threatmesh.model.io.ModelWriter;
import org.threatmesh.model.testing.ModelGenerator;
import org.threatmesh.samples.SampleCatalog;

class ValidateAndFormatCommandTest {

    @TempDir
    Path dir;

    private Path write(String name, byte[] content) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, content);
        return file;
    }

    @Test
    void validFilesPrintOkAndExitZero() throws Exception {
        Path shop = write("shop.threatmesh.json", SampleCatalog.defaultSample().bytes());
        Path generated = write("gen.threatmesh.json", new ModelWriter().write(ModelGenerator.generate(20, 3)));

        CliRun run = CliRun.of("validate", shop.toString(), generated.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("OK " + shop + "\nOK " + generated + "\n");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aCorruptedCopyGetsALocatedErrorAndExitTwo() throws Exception {
        byte[] sample = SampleCatalog.defaultSample().bytes();
        Path good = write("good.threatmesh.json", sample);
        String corrupted = new String(sample, StandardCharsets.UTF_8).replace("\"kind\": \"datastore\"",
                "\"kind\": \"database\"");
        Path bad = write("bad.threatmesh.json", corrupted.getBytes(StandardCharsets.UTF_8));

        CliRun run = CliRun.of("validate", good.toString(), bad.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEqualTo("OK " + good + "\n");
        assertThat(run.err()).matches(java.util.regex.Pattern.quote(bad.toString())
                + ":\\d+:\\d+: unknown kind 'database'; expected one of .* \\(at \\$\\.nodes\\[\\d+\\]\\.kind\\)\n");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(CliRun.of("validate").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("no-such-command").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("--no-such-option").exitCode()).isEqualTo(2);
    }

    @Test
    void versionAndHelpWork() {
        CliRun version = CliRun.of("--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).contains("model schema version 1");
        CliRun help = CliRun.of("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("validate").contains("format").contains("export");
    }

    @Test
    void formatRewritesANonCanonicalFileAndCheckReportsIt() throws Exception {
        String sample = new String(SampleCatalog.defaultSample().bytes(), StandardCharsets.UTF_8);
        Path file = write("messy.threatmesh.json", sample.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));

        CliRun check = CliRun.of("format", "--check", file.toString());
        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(check.out()).isEqualTo("would reformat " + file + "\n");

        CliRun format = CliRun.of("format", file.toString());
        assertThat(format.exitCode()).isZero();
        assertThat(Files.readString(file)).isEqualTo(sample);
        assertThat(CliRun.of("format", "--check", file.toString()).exitCode()).isZero();
    }
}
