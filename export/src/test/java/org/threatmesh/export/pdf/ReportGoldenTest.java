package org.threatmesh.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.threatmesh.export.ExportProgress;
import org.threatmesh.samples.Sample;
import org.threatmesh.samples.SampleCatalog;

/**
 * The text of each sample's report, page by page, against {@code src/test/resources/golden/<sample>/report.txt}.
 * Regenerate with {@code -Dgolden.update=true} and review the diff like code. The PDFs are kept in
 * {@code target/test-reports} for looking at.
 */
class ReportGoldenTest {

    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

    static List<Sample> samples() {
        return SampleCatalog.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void reportTextMatchesTheGoldenFile(Sample sample) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfReportExporter().export(ReportFixtures.input(sample.load()), out, ExportProgress.NONE);
        Path rendered = Path.of("target", "test-reports", sample.id() + ".pdf");
        Files.createDirectories(rendered.getParent());
        Files.write(rendered, out.toByteArray());
        String actual = text(out.toByteArray());
        Path golden = GOLDEN.resolve(sample.id()).resolve("report.txt");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(golden).as("golden file; create it with -Dgolden.update=true").exists();
        String expected = Files.readString(golden, StandardCharsets.UTF_8);
        if (!expected.equals(actual)) {
            throw new AssertionError("report text differs from " + golden + "\n"
                    + UnifiedDiff.of(golden.toString(), expected, "actual", actual));
        }
    }

    /** Extracted text with LF line endings and a marker per page, so page breaks are part of the golden file. */
    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setLineSeparator("\n");
            stripper.setPageStart("");
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                text.append("=== page ").append(page).append(" ===\n").append(stripper.getText(document));
            }
            return text.toString();
        }
    }
}
