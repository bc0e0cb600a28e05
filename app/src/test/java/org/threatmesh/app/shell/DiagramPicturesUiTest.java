package org.threatmesh.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.threatmesh.app.canvas.NodeViewModel;
import org.threatmesh.app.canvas.ViewportModel;
import org.threatmesh.model.Bounds;
import org.threatmesh.model.ElementId;

/**
 * While nodes are dragged or the view is zoomed, a picture stands in for the drawing (ADR 0084, 0085); it must go
 * the moment what it shows changes, and when the gesture ends. The canvas here waits a full second before it
 * counts the view as resting, so a slow machine's late pulse cannot end a gesture between two checked steps.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class DiagramPicturesUiTest {

    private Workspace workspace;
    private MainWindow window;

    @Start
    void start(Stage stage) throws IOException {
        workspace = CanvasSteps.generatedWorkspace();
        System.setProperty("threatmesh.canvas.restMillis", "1000");
        try {
            window = new MainWindow(stage, workspace);
        } finally {
            System.clearProperty("threatmesh.canvas.restMillis");
        }
        window.show();
    }

    @Test
    void draggedNodesMoveOverOnePictureOfTheStillDiagramUntilItChanges(FxRobot robot) {
        ViewportModel viewport = CanvasSteps.showTheMiddleAtActualSize(robot, workspace);
        rest();
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
        CanvasSteps.stepThenCheck(robot, 4, dragStep, () -> {
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
        CanvasSteps.stepThenCheck(robot, 2, dragStep, () -> {
            assertThat(picture.isVisible()).as("picture taken again at the next step").isTrue();
            workspace.canvas().moves().commit();
        });
        rest();
        robot.interact(() -> {
            assertThat(picture.isVisible()).as("picture after the drag").isFalse();
            assertThat(skinRoot(still.id()).isVisible()).isTrue();
            assertThat(skinRoot(dragged.id()).isVisible()).isTrue();
        });
    }

    @Test
    void aZoomScalesOnePictureOfTheViewUntilTheDrawingChangesOrTheViewRests(FxRobot robot) {
        CanvasSteps.showTheMiddleAtActualSize(robot, workspace);
        rest();
        javafx.scene.Node picture = window.diagram().lookup("#zoom-picture");
        javafx.scene.Node world = window.diagram().lookup("#diagram-world");
        Runnable zoomIn = () -> {
            ViewportModel v = workspace.canvas().viewport();
            v.zoomAt(1.02, v.viewWidthProperty().get() / 2, v.viewHeightProperty().get() / 2);
        };
        CanvasSteps.stepThenCheck(robot, 3, zoomIn, () -> {
            assertThat(picture.isVisible()).as("picture while zooming").isTrue();
            assertThat(world.isVisible()).as("live drawing while zooming").isFalse();
            // What the findings overlay draws may change mid-zoom (here: it is hidden); no old picture may show it.
            workspace.findings().overlay().visibleProperty().set(false);
            assertThat(picture.isVisible()).as("picture after the drawing changed").isFalse();
            assertThat(world.isVisible()).isTrue();
        });
        CanvasSteps.stepThenCheck(robot, 1, zoomIn, () -> assertThat(picture.isVisible()).as("picture taken again").isTrue());
        rest();
        robot.interact(() -> {
            assertThat(picture.isVisible()).as("picture once the view rests").isFalse();
            assertThat(world.isVisible()).isTrue();
            workspace.findings().overlay().visibleProperty().set(true);
        });
    }

    private javafx.scene.Parent skinRoot(ElementId id) {
        return window.diagram().skin(id).orElseThrow().root();
    }

    @Test
    void openingTheWindowAndASingleZoomStepAreDrawnLive(FxRobot robot) {
        javafx.scene.image.ImageView picture = (javafx.scene.image.ImageView) window.diagram().lookup("#zoom-picture");
        assertThat(picture.getImage()).as("picture taken while the window opened").isNull();
        rest();
        // One step from the fitted view to 100 %, like the zoom buttons: no picture is worth its rendering.
        CanvasSteps.showTheMiddleAtActualSize(robot, workspace);
        CanvasSteps.stepThenCheck(robot, 0, () -> { }, () -> assertThat(picture.isVisible()).isFalse());
        rest();
        assertThat(picture.getImage()).as("picture taken for a single zoom step").isNull();
    }

    /** Lets the gesture end: the canvas counts the view as resting a second after the last step. */
    private static void rest() {
        WaitForAsyncUtils.sleep(1300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
