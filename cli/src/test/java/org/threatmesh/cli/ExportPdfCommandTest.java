package org.threatmesh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threatmesh.samples.SampleCatalog;

class ExportPdfCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesTheReportAndExitsZero() throws IOException {
        Path model = dir.resolve("shop.threatmesh.json");
        Files.write(model, SampleCatalog.defaultSample().bytes());
        Path pdf = dir.resolve("out").resolve("shop.pdf");

        CliRun run = CliRun.of("export", "pdf", model.toString(), "-o", pdf.toString(), "--author", "CI",
                "--date", "2026-03-14");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("wrote " + pdf + System.lineSeparator());
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getDocumentInformation().getAuthor()).isEqualTo("CI");
            assertThat(new PDFTextStripper().getText(document)).contains("Online shop", "Report date: 14 March 2026");
        }
    }

    @Test
    void sameDateGivesSameBytes() throws IOException {
        Path model = dir.resolve("shop.threatmesh.json");
        Files.write(model, SampleCatalog.defaultSample().bytes());
        Path first = dir.resolve("a.pdf");
        Path second = dir.resolve("b.pdf");
        assertThat(CliRun.of("export", "pdf", model.toString(), "-o", first.toString(), "--date", "2026-03-14")
                .exitCode()).isZero();
        assertThat(CliRun.of("export", "pdf", model.toString(), "-o", second.toString(), "--date", "2026-03-14")
                .exitCode()).isZero();
        assertThat(Files.readAllBytes(first)).isEqualTo(Files.readAllBytes(second));
    }

    @Test
    void badModelExitsTwoWithALocatedMessageAndWritesNothing() throws IOException {
        Path model = dir.resolve("broken.threatmesh.json");
        Files.writeString(model, "{\n  \"schemaVersion\": 1,\n  \"model\": {\"name\": \"x\"},\n  \"nodes\": [ 42 ]\n}\n",
                StandardCharsets.UTF_8);
        Path pdf = dir.resolve("broken.pdf");

        CliRun run = CliRun.of("export", "pdf", model.toString(), "-o", pdf.toString());

        assertThat(run.exitCode()).isEqualTo(ThreatMeshCli.EXIT_BAD_INPUT);
        assertThat(run.err()).startsWith(model.toString() + ":4:");
        assertThat(pdf).doesNotExist();
    }

    @Test
    void unwritableTargetExitsTwoNamingIt() throws IOException {
        Path model = dir.resolve("shop.threatmesh.json");
        Files.write(model, SampleCatalog.defaultSample().bytes());
        Path blocker = dir.resolve("not-a-directory");
        Files.writeString(blocker, "a file");
        Path pdf = blocker.resolve("report.pdf");

        CliRun run = CliRun.of("export", "pdf", model.toString(), "-o", pdf.toString());

        assertThat(run.exitCode()).isEqualTo(ThreatMeshCli.EXIT_BAD_INPUT);
        assertThat(run.err()).startsWith("threatmesh: cannot write the report to " + pdf);
    }

    @Test
    void missingOutputOptionIsAUsageError() {
        CliRun run = CliRun.of("export", "pdf", "model.threatmesh.json");
        assertThat(run.exitCode()).isEqualTo(ThreatMeshCli.EXIT_BAD_INPUT);
        assertThat(run.err()).contains("Missing required option: '--output=OUT.pdf'");
    }
}
