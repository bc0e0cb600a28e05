package org.threatmesh.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.threatmesh.app.canvas.DiagramGeometry;
import org.threatmesh.app.canvas.EdgeSkin;
import org.threatmesh.app.canvas.EdgeViewModel;
import org.threatmesh.app.canvas.NodeViewModel;
import org.threatmesh.app.canvas.ViewportModel;
import org.threatmesh.app.findings.FindingsOverlay;
import org.threatmesh.app.testing.ScriptedDialogs;
import org.threatmesh.app.ui.AppSettings;
import org.threatmesh.app.ui.UiExecutors;
import org.threatmesh.model.Bounds;
import org.threatmesh.model.ElementId;
import org.threatmesh.model.Point;
import org.threatmesh.model.testing.ModelGenerator;

/**
 * The canvas and the findings overlay skip their culling passes while the view stays inside the area the last pass
 * covered; whatever the zoom and pan steps, every node and call in view must still have its skin in the scene and
 * every node in view its badge.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class LargeDiagramCullingUiTest {

    private Workspace workspace;
    private MainWindow window;

    @Start
    void start(Stage stage) throws IOException {
        AppSettings settings = new AppSettings(Files.createTempDirectory("threatmesh-ui").resolve("home"));
        settings.setNumber("window.width", 1200);
        settings.setNumber("window.height", 760);
        workspace = new Workspace(ModelGenerator.generate(300, 7), new ScriptedDialogs(), settings,
                UiExecutors.direct());
        window = new MainWindow(stage, workspace);
        window.show();
    }

    @Test
    void everythingInViewKeepsItsSkinAndBadgeWhileZoomingAndPanning(FxRobot robot) {
        showTheMiddleAtActualSize(robot);
        assertEverythingInViewShown(true);
        // Small steps stay inside the covered area; the long runs leave it, in every direction.
        repeat(robot, 14, v -> v.zoomAt(1 / 1.06, v.viewWidthProperty().get() / 2, v.viewHeightProperty().get() / 2));
        repeat(robot, 12, v -> v.panBy(-70, 20));
        repeat(robot, 12, v -> v.panBy(70, -20));
        repeat(robot, 12, v -> v.zoomAt(1.08, v.viewWidthProperty().get() / 3, v.viewHeightProperty().get() / 3));
    }

    @Test
    void aNodeDraggedIntoViewBringsItsSkinAndItsCalls(FxRobot robot) {
        ViewportModel viewport = showTheMiddleAtActualSize(robot);
        Bounds view = viewport.visibleArea();
        NodeViewModel far = workspace.canvas().nodes().values().stream()
                .filter(node -> node.x() > view.maxX() + 1500).findFirst().orElseThrow();
        double dx = view.x() + view.width() / 2 - far.x();
        double dy = view.y() + view.height() / 2 - far.y();
        robot.interact(() -> {
            workspace.canvas().select(far.id());
            workspace.canvas().moves().begin(far.id());
        });
        int[] step = {0};
        repeat(robot, 12, v -> {
            step[0]++;
            workspace.canvas().moves().preview(dx * step[0] / 12, dy * step[0] / 12);
        });
        assertThat(window.diagram().skin(far.id()).map(skin -> skin.root().getScene())).isPresent();
        robot.interact(() -> workspace.canvas().moves().cancel());
    }

    @Test
    void draggedNodesMoveOverOnePictureOfTheStillDiagramUntilItChanges(FxRobot robot) {
        ViewportModel viewport = showTheMiddleAtActualSize(robot);
        Bounds view = viewport.visibleArea();
        java.util.List<NodeViewModel> inView = workspace.canvas().nodes().values().stream()
                .filter(node -> node.x() > view.x() && node.x() + NodeViewModel.WIDTH < view.maxX()
                        && node.y() > view.y() && node.y() + NodeViewModel.HEIGHT < view.maxY())
                .toList();
        assertThat(inView).hasSizeGreaterThan(1);
        NodeViewModel dragged = inView.get(0);
        NodeViewModel still = inView.get(1);
        javafx.scene.Node picture = window.diagram().lookup("#drag-backdrop");
        robot.interact(() -> {
            workspace.canvas().select(dragged.id());
            workspace.canvas().moves().begin(dragged.id());
        });
        int[] step = {0};
        Runnable dragStep = () -> workspace.canvas().moves().preview(++step[0] * 7, step[0] * 3);
        // Checked between drag steps, one per pulse: a pause would let the view rest and draw everything live.
        dragThenCheck(robot, 4, dragStep, () -> {
            assertThat(picture.isVisible()).as("picture while dragging").isTrue();
            assertThat(((javafx.scene.image.ImageView) picture).getImage().getWidth())
                    .isEqualTo(Math.ceil(window.diagram().getWidth()));
            assertThat(skinRoot(dragged.id()).isVisible()).as("dragged node drawn live").isTrue();
            assertThat(skinRoot(still.id()).isVisible()).as("still node in the picture").isFalse();
            // A zone tint from the findings overlay changes what the picture shows: the live drawing is back at once.
            workspace.canvas().zones().values().iterator().next().accentProperty().set("#ff0000");
            assertThat(picture.isVisible()).as("picture after a zone tint change").isFalse();
            assertThat(skinRoot(still.id()).isVisible()).isTrue();
        });
        dragThenCheck(robot, 2, dragStep, () -> {
            assertThat(picture.isVisible()).as("picture taken again at the next step").isTrue();
            workspace.canvas().moves().commit();
        });
        settle();
        robot.interact(() -> {
            assertThat(picture.isVisible()).as("picture after the drag").isFalse();
            assertThat(skinRoot(still.id()).isVisible()).isTrue();
            assertThat(skinRoot(dragged.id()).isVisible()).isTrue();
        });
    }

    /** Runs {@code step} once per pulse {@code times} times, then {@code check} in the next pulse. */
    private static void dragThenCheck(FxRobot robot, int times, Runnable step, Runnable check) {
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

    private javafx.scene.Parent skinRoot(ElementId id) {
        return window.diagram().skin(id).orElseThrow().root();
    }

    /** 100 % zoom on the middle of the diagram, with the culling passes done; returns the viewport. */
    private ViewportModel showTheMiddleAtActualSize(FxRobot robot) {
        ViewportModel viewport = workspace.canvas().viewport();
        Bounds content = DiagramGeometry.contentBounds(workspace.session().current()).orElseThrow();
        robot.interact(() -> {
            viewport.actualSize();
            viewport.centerOn(new Point(content.x() + content.width() / 2, content.y() + content.height() / 2));
        });
        settle();
        return viewport;
    }

    /**
     * Steps once per pulse, as a real gesture does, so they form one gesture (the canvas culls fully only when a
     * gesture starts or ends); skins are checked before every step, badges once the gesture ended and the overlay's
     * throttled cull has run.
     */
    private void repeat(FxRobot robot, int times, Consumer<ViewportModel> step) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        robot.interact(() -> new AnimationTimer() {
            private int count;

            @Override
            public void handle(long now) {
                try {
                    // The cull the previous step scheduled ran between the two pulses.
                    assertEverythingInViewShown(false);
                    if (count++ == times) {
                        stop();
                        done.complete(null);
                    } else {
                        step.accept(workspace.canvas().viewport());
                    }
                } catch (Throwable failure) {
                    stop();
                    done.completeExceptionally(failure);
                }
            }
        }.start());
        done.join();
        settle();
        robot.interact(() -> assertEverythingInViewShown(true));
    }

    /** Lets the gesture end and the overlay's throttled cull (at most every 100 ms) run. */
    private static void settle() {
        WaitForAsyncUtils.sleep(250, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void assertEverythingInViewShown(boolean badges) {
        Bounds view = workspace.canvas().viewport().visibleArea();
        FindingsOverlay overlay = (FindingsOverlay) window.diagram().getProperties().get(FindingsOverlay.class);
        int nodesInView = 0;
        for (NodeViewModel node : workspace.canvas().nodes().values()) {
            if (node.x() <= view.maxX() && node.x() + NodeViewModel.WIDTH >= view.x() && node.y() <= view.maxY()
                    && node.y() + NodeViewModel.HEIGHT >= view.y()) {
                nodesInView++;
                assertInScene(node.id(), view);
                if (badges && workspace.findings().overlay().badges().containsKey(node.id())) {
                    assertThat(overlay.badgeOf(node.id())).as("badge of %s in %s", node.id(), view).isPresent();
                }
            }
        }
        for (EdgeViewModel call : workspace.canvas().edges().values()) {
            if (EdgeSkin.segmentCrosses(call.source().centerX(), call.source().centerY(), call.target().centerX(),
                    call.target().centerY(), view.x(), view.y(), view.maxX(), view.maxY())) {
                assertInScene(call.id(), view);
            }
        }
        assertThat(nodesInView).as("nodes in %s", view).isPositive();
    }

    private void assertInScene(ElementId id, Bounds view) {
        assertThat(window.diagram().skin(id).map(skin -> skin.root().getScene()))
                .as("skin of %s in %s", id, view).isPresent();
    }
}
