package org.threatmesh.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.threatmesh.app.samples.LaunchRequest;
import org.threatmesh.app.shell.FxDialogService;
import org.threatmesh.app.shell.MainWindow;
import org.threatmesh.app.shell.Workspace;
import org.threatmesh.app.ui.AppSettings;
import org.threatmesh.app.ui.UiExecutors;
import org.threatmesh.samples.SampleCatalog;

/**
 * The JavaFX application: opens the editor on the default sample (or on a model file or {@code --sample ID} given
 * on the command line), fitted to the view, and offers to recover unsaved work left by a crash.
 */
public final class ThreatMeshApp extends Application {

    private ExecutorService workers;

    @Override
    public void start(Stage stage) {
        workers = Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "threatmesh-worker");
            thread.setDaemon(true);
            return thread;
        });
        AppSettings settings = new AppSettings(AppSettings.defaultHome());
        FxDialogService dialogs = new FxDialogService(stage);
        Workspace workspace = new Workspace(SampleCatalog.defaultSample().load(), dialogs, settings,
                new UiExecutors(workers, Platform::runLater));
        MainWindow window = new MainWindow(stage, workspace);
        window.show();
        LaunchRequest request = LaunchRequest.parse(getParameters().getRaw());
        Platform.runLater(() -> {
            boolean recovered = workspace.documents().offerRecovery();
            if (!recovered) {
                openRequested(request, workspace, dialogs);
            }
            workspace.canvas().zoomToFit();
        });
    }

    /** {@code FILE} or {@code --sample ID} from the command line; the default sample is already open. */
    private static void openRequested(LaunchRequest request, Workspace workspace, FxDialogService dialogs) {
        if (request instanceof LaunchRequest.OpenFile open) {
            if (Files.isRegularFile(open.file())) {
                workspace.documents().open(open.file());
            } else {
                dialogs.showError("Cannot open", "There is no model file " + open.file() + ".",
                        "The default sample is open instead.");
            }
        } else if (request instanceof LaunchRequest.OpenSample open) {
            workspace.documents().newFromSample(open.sample());
        } else if (request instanceof LaunchRequest.Invalid invalid) {
            dialogs.showError("Cannot open", "The command line was not understood.", invalid.message());
        }
    }

    @Override
    public void stop() {
        if (workers != null) {
            workers.shutdownNow();
        }
    }
}
