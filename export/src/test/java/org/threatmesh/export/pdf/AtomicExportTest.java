package org.threatmesh.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threatmesh.export.ExportCancelledException;
import org.threatmesh.export.ExportException;
import org.threatmesh.export.ExportProgress;
import org.threatmesh.export.report.ReportInput;
import org.threatmesh.samples.SampleCatalog;

class AtomicExportTest {

    private static final byte[] EARLIER = "an earlier report".getBytes();

    @TempDir
    Path dir;

    private final ReportInput input = ReportFixtures.input(SampleCatalog.defaultSample().load());

    @Test
    void writesTheWholeReportAndReportsProgressToTheEnd() throws IOException {
        Path target = dir.resolve("report.pdf");
        List<Double> fractions = new ArrayList<>();
        List<String> steps = new ArrayList<>();
        new PdfReportExporter().export(input, target, new ExportProgress() {
            @Override
            public void progress(String step, double fraction) {
                steps.add(step);
                fractions.add(fraction);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        });
        assertThat(fractions).isSorted().last().isEqualTo(1.0);
        assertThat(steps).contains("Rendering findings by element", "Saving the PDF", "Report written");
        assertThat(steps.stream().filter("Rendering findings by element"::equals).count())
                .as("long sections report progress as they go").isGreaterThan(3);
        try (PDDocument document = Loader.loadPDF(target.toFile())) {
            assertThat(document.getNumberOfPages()).isGreaterThan(5);
        }
        assertThat(leftovers()).containsExactly(target);
    }

    @Test
    void cancellingBetweenPagesLeavesTheEarlierFileUntouched() throws IOException {
        Path target = dir.resolve("report.pdf");
        Files.write(target, EARLIER);
        CancelAfter progress = new CancelAfter(12);

        assertThatThrownBy(() -> new PdfReportExporter().export(input, target, progress))
                .isInstanceOf(ExportCancelledException.class);

        assertThat(progress.polls).isEqualTo(13);
        assertThat(Files.readAllBytes(target)).isEqualTo(EARLIER);
        assertThat(leftovers()).containsExactly(target);
    }

    @Test
    void aFailureWhileRenderingLeavesTheEarlierFileUntouched() throws IOException {
        Path target = dir.resolve("report.pdf");
        Files.write(target, EARLIER);
        ExportProgress failing = new ExportProgress() {
            @Override
            public void progress(String step, double fraction) {
                if (step.equals("Rendering appendix")) {
                    throw new IllegalStateException("disk full while rendering");
                }
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };

        assertThatThrownBy(() -> new PdfReportExporter().export(input, target, failing))
                .hasMessage("disk full while rendering");

        assertThat(Files.readAllBytes(target)).isEqualTo(EARLIER);
        assertThat(leftovers()).containsExactly(target);
    }

    @Test
    void anUnwritableTargetFailsWithAMessageNamingIt() throws IOException {
        Path blocker = dir.resolve("file");
        Files.write(blocker, EARLIER);
        Path target = blocker.resolve("report.pdf");

        assertThatThrownBy(() -> new PdfReportExporter().export(input, target, ExportProgress.NONE))
                .isInstanceOf(ExportException.class)
                .hasMessageStartingWith("cannot write the report to " + target + ": ");
    }

    private List<Path> leftovers() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }

    /** Answers "cancel" on the (n+1)-th poll; polls happen before every section and every page. */
    private static final class CancelAfter implements ExportProgress {
        private final int allowed;
        private int polls;

        CancelAfter(int allowed) {
            this.allowed = allowed;
        }

        @Override
        public void progress(String step, double fraction) {
        }

        @Override
        public boolean isCancelled() {
            polls++;
            return polls > allowed;
        }
    }
}
