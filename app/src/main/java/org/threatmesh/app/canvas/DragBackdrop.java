package org.threatmesh.app.canvas;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;

/**
 * While nodes are dragged and the view stands still, everything that does not move (background, grid, zones, the
 * calls of unmoved nodes and the unmoved nodes themselves) is one opaque picture of the view, taken once, and only
 * the dragged nodes and their calls are drawn live over it. The software renderer used to blend every one of those
 * layers over the whole view on every frame; now it copies one picture.
 *
 * <p>The picture is taken again whenever something it shows may have changed: the canvas calls {@link #invalidate}
 * on any change that is not the drag itself (a full cull, a selection, a viewport or zone tint change). Badges and
 * gesture feedback are never in it: they stay live above it, as they are drawn above the diagram anyway. The calls
 * of dragged nodes are drawn over unmoved nodes while the picture is shown, which is drag feedback rather than a
 * fault. Not thread-safe: FX thread only.
 */
final class DragBackdrop {

    private final Region view;
    private final ImageView picture = ViewPictures.pictureNode("drag-backdrop");
    private final Consumer<Boolean> stillLayersShown;
    private final Group nodeLayer;
    /** Everything drawn above the still content (moving calls, feedback, badges, overlays): not in the picture. */
    private final List<Node> liveLayers;
    /** Unmoved node skins hidden while the picture stands in for them. */
    private final List<Node> hiddenStill = new ArrayList<>();
    private boolean valid;

    /**
     * @param view             the canvas, whose region (background, grid and world) the picture shows
     * @param stillLayersShown hides ({@code false}) or shows again ({@code true}) the layers wholly in the picture
     *                         (grid, zones, the still calls), each as the view would draw it without the picture
     * @param nodeLayer        the node skins, of which only the unmoved ones are in the picture
     * @param liveLayers       the layers drawn live above the picture and left out of it
     */
    DragBackdrop(Region view, Consumer<Boolean> stillLayersShown, Group nodeLayer, List<Node> liveLayers) {
        this.view = view;
        this.stillLayersShown = stillLayersShown;
        this.nodeLayer = nodeLayer;
        this.liveLayers = List.copyOf(liveLayers);
    }

    /** The picture's node, to be placed in the view right above its background and below the world. */
    ImageView node() {
        return picture;
    }

    /** Something the picture shows may have changed: it is put away, and taken again by the next {@link #show}. */
    void invalidate() {
        valid = false;
        hide();
    }

    /**
     * Shows the picture in place of the still content, taking it first when it is not valid. {@code moving} tells
     * the dragged nodes' skins, which stay live; every skin in the node layer is tested, so nodes that entered the
     * layer since the last call are handled too.
     *
     * @return whether the picture was taken afresh (which renders the whole view once)
     */
    boolean show(Predicate<NodeSkin> moving) {
        boolean taken = !valid;
        if (!valid) {
            take(moving);
            valid = true;
        }
        for (Node child : nodeLayer.getChildren()) {
            if (child.isVisible() && child.getProperties().get(ElementSkin.SKIN_KEY) instanceof NodeSkin skin
                    && !moving.test(skin)) {
                child.setVisible(false);
                hiddenStill.add(child);
            }
        }
        stillLayersShown.accept(false);
        picture.setVisible(true);
        return taken;
    }

    /** Draws everything live again; the picture stays valid for the next {@link #show} until invalidated. */
    void hide() {
        if (picture.isVisible()) {
            restore();
        }
    }

    private void restore() {
        picture.setVisible(false);
        stillLayersShown.accept(true);
        hiddenStill.forEach(node -> node.setVisible(true));
        hiddenStill.clear();
    }

    /** Renders the view with only the still content visible. */
    private void take(Predicate<NodeSkin> moving) {
        restore();
        List<Node> leftOut = new ArrayList<>(liveLayers);
        for (Node child : nodeLayer.getChildren()) {
            if (child.getProperties().get(ElementSkin.SKIN_KEY) instanceof NodeSkin skin && moving.test(skin)) {
                leftOut.add(child);
            }
        }
        picture.setImage(ViewPictures.snapshotWithout(view, leftOut));
        picture.setFitWidth(Math.ceil(view.getWidth()));
        picture.setFitHeight(Math.ceil(view.getHeight()));
    }
}
