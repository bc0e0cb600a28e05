package org.threatmesh.app.canvas;

import java.util.List;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.layout.Region;

/**
 * Decides which picture, if any, stands in for the canvas's drawing during a gesture: the zoom's scaled picture
 * (ADR 0085) from a gesture's second zoom step, or the drag's picture of the still diagram (ADR 0084) while nodes
 * alone are dragged in a still view. The canvas reports what changed; this class puts a picture away whenever what
 * it shows may have changed. Not thread-safe: FX thread only.
 */
final class GesturePictures {

    private final Region view;
    private final CanvasViewModel vm;
    private final OverviewLayer overview;
    private final DragBackdrop backdrop;
    private final ZoomPicture zoomPicture;
    /** Called after a picture was taken, which held the FX thread for a frame or more. */
    private final Runnable taken;
    /**
     * Zoom steps in the gesture in progress (the scale at the last pass tells). A single step (a zoom button, a
     * key) is drawn live; from the second step on, a picture stands in for the drawing.
     */
    private int zoomSteps;
    private double lastScale;

    /**
     * @param view        the canvas
     * @param grid        its background grid, in both pictures
     * @param world       its diagram layers under the zoom transform, in the zoom picture
     * @param zoneLayer   the zone skins, in the drag picture
     * @param nodeLayer   the node skins, of which the unmoved ones are in the drag picture
     * @param aboveNodes  what is drawn above the node skins, live above the drag picture
     * @param viewLayers  what is drawn over the canvas in view coordinates (minimap, editors), live above both
     * @param taken       told after a picture was taken
     */
    GesturePictures(Region view, CanvasViewModel vm, OverviewLayer overview, Node grid, Group world, Group zoneLayer,
            Group nodeLayer, List<Node> aboveNodes, List<Node> viewLayers, Runnable taken) {
        this.view = view;
        this.vm = vm;
        this.overview = overview;
        this.taken = taken;
        this.lastScale = vm.viewport().scale();
        backdrop = new DragBackdrop(view, shown -> {
            grid.setVisible(shown);
            zoneLayer.setVisible(shown);
            overview.stillCallsNode().setVisible(shown && overview.isDraggingNodes());
        }, nodeLayer, concat(aboveNodes, List.of(overview.movingCallsNode()), viewLayers));
        zoomPicture = new ZoomPicture(view, List.of(grid, world), viewLayers);
    }

    /** The two pictures' nodes, to be placed in the canvas above its grid and below its world, in this order. */
    List<Node> nodes() {
        return List.of(backdrop.node(), zoomPicture.node());
    }

    /** The model, the selection or the set of elements changed: no picture shows the drawing any more. */
    void contentChanged() {
        zoomPicture.invalidate();
        backdrop.invalidate();
    }

    /** The view moved or changed size: the drag's picture is of the old view. */
    void viewportChanged() {
        backdrop.invalidate();
    }

    /** A zone's tint or a top layer's drawing changed. */
    void drawingChanged() {
        zoomPicture.invalidate();
        backdrop.invalidate();
    }

    /** A top layer's drawing changed; the drag's picture leaves top layers out and stays. */
    void topLayerChanged() {
        zoomPicture.invalidate();
    }

    /** The view came to rest: the next gesture counts its zoom steps afresh. */
    void rested() {
        zoomSteps = 0;
    }

    /**
     * After each culling pass: shows the picture that can stand in for the drawing, or the live drawing.
     *
     * @param interacting     whether a gesture is in progress (the view has not rested)
     * @param everythingShown whether an export draws everything
     * @param detailScale     the zoom below which the canvas draws no details (and no picture is worth it)
     */
    void show(boolean interacting, boolean everythingShown, double detailScale) {
        ViewportModel viewport = vm.viewport();
        double scale = viewport.scale();
        if (interacting && scale != lastScale) {
            zoomSteps++;
        }
        lastScale = scale;
        boolean sized = view.getWidth() > 0 && view.getHeight() > 0;
        if (zoomSteps >= 2 && interacting && !everythingShown && scale >= detailScale && !vm.moves().isActive()
                && sized) {
            backdrop.hide();
            if (zoomPicture.show(scale, viewport.translateXProperty().get(), viewport.translateYProperty().get())) {
                taken.run();
            }
            return;
        }
        zoomPicture.hide();
        if (overview.stillCallsRedrawn()) {
            backdrop.invalidate();
        }
        if (overview.isDraggingNodes() && vm.moves().movesNodesOnly() && sized) {
            if (backdrop.show(skin -> overview.isMoving(skin.viewModel()))) {
                taken.run();
            }
        } else {
            backdrop.hide();
        }
    }

    @SafeVarargs
    private static List<Node> concat(List<Node>... parts) {
        List<Node> all = new java.util.ArrayList<>();
        for (List<Node> part : parts) {
            all.addAll(part);
        }
        return all;
    }
}
