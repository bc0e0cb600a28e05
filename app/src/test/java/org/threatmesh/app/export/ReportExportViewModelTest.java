package org.threatmesh.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threatmesh.app.export.ReportExportViewModel.State;
import org.threatmesh.app.testing.Fixtures;
import org.threatmesh.app.ui.UiExecutors;
import org.threatmesh.model.ThreatModel;

class ReportExportViewModelTest {

    private static final Clock FIXED = Clock.fixed(Instant.parse("2026-03-01T00:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path work;

    private final ThreatModel sample = Fixtures.sample();
    private final ScriptedExportDialogs dialogs = new ScriptedExportDialogs();

    private ReportExportViewModel export(Optional<Path> file, UiExecutors executors, ReportWriter writer) {
        return new ReportExportViewModel(() -> sample, () -> file, dialogs, executors, writer);
    }

    @Test
    void suggestsTheDocumentsFileNameOrTheModelNameWithPdfExtension() {
        assertThat(ReportExportViewModel.suggestedFileName(sample, Optional.of(Path.of("/m/shop.threatmesh.json"))))
                .isEqualTo("shop-report.pdf");
        assertThat(ReportExportViewModel.suggestedFileName(ThreatModel.empty("Payments: EU / prod!"),
                Optional.empty())).isEqualTo("payments-eu-prod-report.pdf");
        assertThat(ReportExportViewModel.suggestedFileName(ThreatModel.empty("***"), Optional.empty()))
                .isEqualTo("threat-report-report.pdf");
        assertThat(ReportExportViewModel.withPdfExtension(Path.of("/out/report"))).isEqualTo(Path.of("/out/report.pdf"));
        assertThat(ReportExportViewModel.withPdfExtension(Path.of("/out/r.PDF"))).isEqualTo(Path.of("/out/r.PDF"));
    }

    @Test
    void writesTheAnalysedReportAndReportsEveryStepInOrder() throws Exception {
        Path target = work.resolve("shop");
        dialogs.answerReportFile(target);
        ReportExportViewModel export = export(Optional.of(work.resolve("shop.threatmesh.json")), UiExecutors.direct(),
                ReportWriter.analyzingWith(FIXED));
        List<String> steps = new ArrayList<>();
        List<Double> fractions = new ArrayList<>();
        export.stepProperty().addListener((obs, old, now) -> steps.add(now));
        export.fractionProperty().addListener((obs, old, now) -> fractions.add(now.doubleValue()));

        assertThat(export.exportReport()).isTrue();

        assertThat(dialogs.questions()).containsExactly("report shop-report.pdf in " + work);
        assertThat(export.stateProperty().get()).isEqualTo(State.WRITTEN);
        Path pdf = work.resolve("shop.pdf");
        assertThat(export.writtenProperty().get()).contains(pdf);
        assertThat(steps).startsWith("Starting", "Analysing the model", "Preparing the report")
                .contains("Adding page numbers, links and bookmarks", "Saving the PDF")
                .endsWith("Report written");
        assertThat(steps.stream().filter(s -> s.startsWith("Rendering "))).isNotEmpty();
        assertThat(fractions).isSorted().last().isEqualTo(1.0);
        String text = PdfText.of(pdf);
        assertThat(text).contains(sample.info().name());
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void cancellingMidwayWritesNothingAndKeepsTheEarlierFile() throws Exception {
        Path target = work.resolve("report.pdf");
        Files.writeString(target, "earlier report");
        dialogs.answerReportFile(target);
        ReportExportViewModel export = export(Optional.empty(), UiExecutors.direct(),
                ReportWriter.analyzingWith(FIXED));
        export.stepProperty().addListener((obs, old, now) -> {
            if (now.startsWith("Rendering ")) {
                export.cancel();
            }
        });

        export.exportReport();

        assertThat(export.stateProperty().get()).isEqualTo(State.CANCELLED);
        assertThat(Files.readString(target)).isEqualTo("earlier report");
        assertThat(export.writtenProperty().get()).isEmpty();
        assertThat(dialogs.errors()).isEmpty();
        try (var files = Files.list(work)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void keepsTheUiThreadFreeAndCancelsBeforeTheWorkerStarts() {
        Deque<Runnable> background = new ArrayDeque<>();
        dialogs.answerReportFile(work.resolve("r.pdf"));
        ReportExportViewModel export = export(Optional.empty(), new UiExecutors(background::add, Runnable::run),
                ReportWriter.analyzingWith(FIXED));

        export.exportReport();
        assertThat(export.stateProperty().get()).isEqualTo(State.RUNNING);
        assertThat(export.exportReport()).as("a second export while one runs").isFalse();
        export.cancel();
        assertThat(export.stepProperty().get()).isEqualTo("Cancelling…");
        background.poll().run();

        assertThat(export.stateProperty().get()).isEqualTo(State.CANCELLED);
        assertThat(work.resolve("r.pdf")).doesNotExist();
        assertThat(background).isEmpty();
    }

    @Test
    void doesNothingWhenTheChooserIsCancelled() {
        ReportExportViewModel export = export(Optional.empty(), UiExecutors.direct(),
                (model, target, progress) -> {
                    throw new AssertionError("must not write");
                });

        assertThat(export.exportReport()).isFalse();

        assertThat(dialogs.questions()).containsExactly("report online-shop-report.pdf in -");
        assertThat(export.stateProperty().get()).isEqualTo(State.IDLE);
    }

    @Test
    void anUnwritableTargetIsOneDialogNamingTheFileWithoutStackTrace() throws Exception {
        Path notAFolder = work.resolve("plain-file");
        Files.writeString(notAFolder, "x", StandardCharsets.UTF_8);
        Path target = notAFolder.resolve("report.pdf");
        dialogs.answerReportFile(target);
        ReportExportViewModel export = export(Optional.empty(), UiExecutors.direct(),
                ReportWriter.analyzingWith(FIXED));

        export.exportReport();

        assertThat(export.stateProperty().get()).isEqualTo(State.FAILED);
        assertThat(dialogs.errors()).singleElement().satisfies(error -> {
            assertThat(error.title()).isEqualTo("Export failed");
            assertThat(error.summary()).isEqualTo("The report could not be written to " + target + ".");
            assertThat(error.details()).startsWith("cannot write the report to " + target + ": ")
                    .doesNotContain("\tat ", "Exception:");
        });
    }

    @Test
    void anUnexpectedFailureIsShownByKindAndMessage() {
        dialogs.answerReportFile(work.resolve("r.pdf"));
        ReportExportViewModel export = export(Optional.empty(), UiExecutors.direct(), (model, target, progress) -> {
            throw new IllegalStateException("rule crashed");
        });

        export.exportReport();

        assertThat(export.stateProperty().get()).isEqualTo(State.FAILED);
        assertThat(dialogs.errors()).singleElement().extracting(e -> e.details())
                .isEqualTo("IllegalStateException: rule crashed");
    }
}
