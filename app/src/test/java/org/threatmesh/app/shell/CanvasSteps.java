package org.threatmesh.app.shell;

import java.util.concurrent.CompletableFuture;
import javafx.animation.AnimationTimer;
import org.testfx.api.FxRobot;
import org.threatmesh.app.canvas.DiagramGeometry;
import org.threatmesh.app.canvas.ViewportModel;
import org.threatmesh.model.Bounds;
import org.threatmesh.model.Point;

/** Gesture steps for canvas UI tests, one per pulse as a real gesture makes them. */
final class CanvasSteps {

    private CanvasSteps() {
    }

    /** A workspace on a generated 300-service model, in a 1200 x 760 window, analysing on the FX thread. */
    static Workspace generatedWorkspace() throws java.io.IOException {
        org.threatmesh.app.ui.AppSettings settings = new org.threatmesh.app.ui.AppSettings(
                java.nio.file.Files.createTempDirectory("threatmesh-ui").resolve("home"));
        settings.setNumber("window.width", 1200);
        settings.setNumber("window.height", 760);
        return new Workspace(org.threatmesh.model.testing.ModelGenerator.generate(300, 7),
                new org.threatmesh.app.testing.ScriptedDialogs(), settings, org.threatmesh.app.ui.UiExecutors.direct());
    }

    /** Shows the middle of the diagram at 100 % zoom; returns the viewport. The caller lets the view rest. */
    static ViewportModel showTheMiddleAtActualSize(FxRobot robot, Workspace workspace) {
        ViewportModel viewport = workspace.canvas().viewport();
        Bounds content = DiagramGeometry.contentBounds(workspace.session().current()).orElseThrow();
        robot.interact(() -> {
            viewport.actualSize();
            viewport.centerOn(new Point(content.x() + content.width() / 2, content.y() + content.height() / 2));
        });
        return viewport;
    }

    /** Runs {@code step} once per pulse {@code times} times, then {@code check} in the next pulse. */
    static void stepThenCheck(FxRobot robot, int times, Runnable step, Runnable check) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        robot.interact(() -> new AnimationTimer() {
            private int count;

            @Override
            public void handle(long now) {
                try {
                    if (count++ < times) {
                        step.run();
                    } else {
                        stop();
                        check.run();
                        done.complete(null);
                    }
                } catch (Throwable failure) {
                    stop();
                    done.completeExceptionally(failure);
                }
            }
        }.start());
        done.join();
    }

}
