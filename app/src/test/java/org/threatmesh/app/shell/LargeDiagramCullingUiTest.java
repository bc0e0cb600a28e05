package org.threatmesh.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.threatmesh.app.canvas.EdgeSkin;
import org.threatmesh.app.canvas.EdgeViewModel;
import org.threatmesh.app.canvas.NodeViewModel;
import org.threatmesh.app.canvas.ViewportModel;
import org.threatmesh.app.findings.FindingsOverlay;
import org.threatmesh.model.Bounds;
import org.threatmesh.model.ElementId;

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
        workspace = CanvasSteps.generatedWorkspace();
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

    /** 100 % zoom on the middle of the diagram, with the culling passes done; returns the viewport. */
    private ViewportModel showTheMiddleAtActualSize(FxRobot robot) {
        ViewportModel viewport = CanvasSteps.showTheMiddleAtActualSize(robot, workspace);
        settle();
        return viewport;
    }

    /**
     * Steps once per pulse, as a real gesture does, so they form one gesture (the canvas culls fully only when a
     * gesture starts or ends); skins are checked before every step, badges once the gesture ended and the overlay's
     * throttled cull has run.
     */
    private void repeat(FxRobot robot, int times, Consumer<ViewportModel> step) {
        // Each step first checks that the cull the previous step scheduled ran between the two pulses.
        CanvasSteps.stepThenCheck(robot, times, () -> {
            assertEverythingInViewShown(false);
            step.accept(workspace.canvas().viewport());
        }, () -> assertEverythingInViewShown(false));
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
