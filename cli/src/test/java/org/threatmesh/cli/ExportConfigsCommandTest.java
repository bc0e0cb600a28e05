package org.threatmesh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threatmesh.samples.SampleCatalog;

class ExportConfigsCommandTest {

    @TempDir
    Path temp;

    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(String... args) {
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = ThreatMeshCli.run(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
    }

    private Path sampleFile() throws IOException {
        Path model = temp.resolve("shop.threatmesh.json");
        Files.write(model, SampleCatalog.defaultSample().bytes());
        return model;
    }

    @Test
    void writesTheRequestedTargetsAndExitsZero() throws IOException {
        Path out = temp.resolve("configs");
        Run run = run("export", "configs", sampleFile().toString(), "--target", "k8s,istio", "-o", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(out.resolve("README.md")).exists();
        assertThat(out.resolve("k8s/networkpolicies.yaml")).exists();
        assertThat(out.resolve("istio/peerauthentications.yaml")).exists();
        assertThat(out.resolve("kong")).doesNotExist();
        assertThat(run.out()).startsWith("Wrote 13 files to " + out).contains("  k8s/networkpolicies.yaml");
    }

    @Test
    void allWritesEveryTargetAndReplacesAPreviousExport() throws IOException {
        Path out = temp.resolve("configs");
        assertThat(run("export", "configs", sampleFile().toString(), "-t", "k8s", "-o", out.toString())
                .exitCode()).isZero();
        Run run = run("export", "configs", sampleFile().toString(), "--target", "all", "-o", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        try (Stream<Path> folders = Files.list(out)) {
            assertThat(folders.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("README.md", "k8s", "istio", "gateway-api", "kong");
        }
    }

    @Test
    void badModelExitsTwoWithALocatedMessage() throws IOException {
        Path model = temp.resolve("broken.threatmesh.json");
        Files.writeString(model, "{\n  \"schemaVersion\": 1,\n  \"nodes\": [ {\"id\": \"x\" ]\n}\n");
        Path out = temp.resolve("configs");
        Run run = run("export", "configs", model.toString(), "--target", "all", "-o", out.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(model.toString() + ":3:");
        assertThat(run.err()).doesNotContain("Exception", "\tat ");
        assertThat(out).doesNotExist();
    }

    @Test
    void unknownTargetExitsTwoAndWritesNothing() throws IOException {
        Path out = temp.resolve("configs");
        Run run = run("export", "configs", sampleFile().toString(), "--target", "terraform", "-o", out.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unknown target 'terraform'; use k8s, istio, gateway-api, kong or all");
        assertThat(out).doesNotExist();
    }

    @Test
    void aFolderThatIsNotAnExportIsNotOverwritten() throws IOException {
        Path out = Files.createDirectories(temp.resolve("mine"));
        Files.writeString(out.resolve("keep.txt"), "mine");
        Run run = run("export", "configs", sampleFile().toString(), "--target", "all", "-o", out.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("is not empty and does not hold a previous ThreatMesh export");
        assertThat(Files.readString(out.resolve("keep.txt"))).isEqualTo("mine");
    }
}
