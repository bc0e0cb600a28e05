package org.threatmesh.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.threatmesh.app.export.ReportExportViewModel.State;
import org.threatmesh.app.samples.OpenSampleWindow;
import org.threatmesh.app.samples.SampleGalleryViewModel;
import org.threatmesh.app.shell.MainWindow;
import org.threatmesh.app.shell.Workspace;
import org.threatmesh.app.testing.Fixtures;
import org.threatmesh.app.testing.ScriptedDialogs;
import org.threatmesh.app.ui.AppSettings;
import org.threatmesh.app.ui.UiExecutors;
import org.threatmesh.model.EdgeId;
import org.threatmesh.model.NodeId;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.samples.Sample;
import org.threatmesh.samples.SampleCatalog;

/**
 * The report export and the sample gallery through the real editor window, headless under Monocle, with the
 * export running on a real worker thread as in the app.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ExportAndSamplesUiTest {

    private final ScriptedExportDialogs exportDialogs = new ScriptedExportDialogs();
    private final ExecutorService worker = Executors.newSingleThreadExecutor();
    private Workspace workspace;
    private MainWindow window;
    private Path work;

    @Start
    void start(Stage stage) throws IOException {
        work = Files.createTempDirectory("threatmesh-export-ui");
        AppSettings settings = new AppSettings(work.resolve("home"));
        settings.setNumber("window.width", 1200);
        settings.setNumber("window.height", 760);
        workspace = new Workspace(Fixtures.sample(), new ScriptedDialogs(), settings,
                new UiExecutors(worker, Platform::runLater));
        window = new MainWindow(stage, workspace);
        window.show();
    }

    @AfterEach
    void stopWorker() throws InterruptedException {
        worker.shutdownNow();
        worker.awaitTermination(10, TimeUnit.SECONDS);
    }

    @Test
    void exportReportShowsProgressThenWritesAPdfNamingTheModel(FxRobot robot) throws Exception {
        Path target = work.resolve("report.pdf");
        exportDialogs.answerReportFile(target);
        ExportActions actions = new ExportActions(() -> window.scene().getWindow(), workspace.session()::current,
                workspace.session()::file, exportDialogs, workspace.executors());

        robot.interact(actions::exportReport);
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> actions.report().stateProperty().get() != State.RUNNING);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(actions.report().stateProperty().get()).isEqualTo(State.WRITTEN);
        assertThat(exportDialogs.errors()).isEmpty();
        assertThat(robot.lookup("#report-progress-step").queryLabeled().getText())
                .isEqualTo("Report written to " + target);
        robot.clickOn("#report-cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#report-progress").tryQuery()).as("progress window closed").isEmpty();
        assertThat(PdfText.of(target)).contains(Fixtures.sample().info().name());
        assertThat(exportDialogs.questions()).containsExactly("report online-shop-report.pdf in -");
    }

    @Test
    void exportConfigsPreviewsTheFilesAndWritesThemIntoTheChosenFolder(FxRobot robot) throws Exception {
        Path folder = work.resolve("configs");
        exportDialogs.answerFolder(folder);
        ExportActions actions = new ExportActions(() -> window.scene().getWindow(), workspace.session()::current,
                workspace.session()::file, exportDialogs, workspace.executors());
        ConfigExportViewModel[] configs = new ConfigExportViewModel[1];

        robot.interact(() -> configs[0] = actions.exportConfigs());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> configs[0].previewReadyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        javafx.scene.control.ListView<String> files = robot.lookup("#config-files").queryListView();
        assertThat(files.getItems()).containsExactlyElementsOf(configs[0].files()).contains("README.md");
        String shown = robot.lookup("#config-file-text").queryTextInputControl().getText();
        assertThat(shown).isEqualTo(configs[0].selectedTextProperty().get()).contains("apiVersion: ");
        assertThat(robot.lookup("#config-readme").queryTextInputControl().getText())
                .startsWith("# ThreatMesh configuration export");

        robot.clickOn("#config-target-kong");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> configs[0].previewReadyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(files.getItems()).isNotEmpty().noneMatch(p -> p.startsWith("kong/"));

        robot.clickOn("#config-write");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> configs[0].writtenProperty().get().isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        for (String path : files.getItems()) {
            assertThat(folder.resolve(path)).isRegularFile();
        }
        assertThat(folder.resolve("kong")).doesNotExist();
        assertThat(robot.lookup("#config-export").tryQuery()).as("dialog closed after writing").isEmpty();
        assertThat(exportDialogs.errors()).isEmpty();
    }

    @Test
    void openSampleShowsThumbnailsAndOpensTheChosenSampleWithAllItsElements(FxRobot robot) {
        OpenSampleWindow gallery = new OpenSampleWindow();
        Platform.runLater(() -> gallery.show(window.scene().getWindow(), new SampleGalleryViewModel(
                SampleCatalog.all(), workspace.documents()::newFromSample)));
        WaitForAsyncUtils.waitForFxEvents();
        for (Sample sample : SampleCatalog.all()) {
            assertThat(robot.lookup("#sample-thumbnail-" + sample.id()).tryQuery()).as(sample.id()).isPresent();
        }

        robot.clickOn("#sample-card-online-shop-insecure");
        WaitForAsyncUtils.waitForFxEvents();

        ThreatModel chosen = SampleCatalog.find("online-shop-insecure").orElseThrow().load();
        assertThat(robot.lookup("#open-sample").tryQuery()).isEmpty();
        assertThat(workspace.session().current().info().name()).isEqualTo(chosen.info().name());
        assertThat(workspace.session().file()).isEqualTo(Optional.empty());
        robot.interact(workspace.canvas()::zoomToFit);
        WaitForAsyncUtils.waitForFxEvents();
        for (NodeId id : chosen.nodes().keySet()) {
            assertThat(robot.lookup("#node-" + id).tryQuery()).as(id.value()).isPresent();
        }
        assertThat(robot.lookup(".node-skin").queryAll()).hasSize(chosen.nodes().size());
        for (EdgeId id : chosen.edges().keySet()) {
            assertThat(robot.lookup("#edge-" + id).tryQuery()).as(id.value()).isPresent();
        }
    }
}
