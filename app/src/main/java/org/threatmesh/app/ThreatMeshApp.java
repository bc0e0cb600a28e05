package org.threatmesh.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.threatmesh.app.shell.FxDialogService;
import org.threatmesh.app.shell.MainWindow;
import org.threatmesh.app.shell.Workspace;
import org.threatmesh.app.ui.AppSettings;
import org.threatmesh.app.ui.UiExecutors;
import org.threatmesh.samples.SampleCatalog;

/**
 * The JavaFX application: opens the editor on the default sample (or on a model file given on the command line),
 * fitted to the view, and offers to recover unsaved work left by a crash.
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
        List<String> args = getParameters().getRaw();
        Platform.runLater(() -> {
            boolean recovered = workspace.documents().offerRecovery();
            if (!recovered && !args.isEmpty() && Files.isRegularFile(Path.of(args.get(0)))) {
                workspace.documents().open(Path.of(args.get(0)));
            }
            workspace.canvas().zoomToFit();
        });
    }

    @Override
    public void stop() {
        if (workers != null) {
            workers.shutdownNow();
        }
    }
}
