package org.threatmesh.app.canvas;

import javafx.scene.Parent;
import org.threatmesh.model.ElementId;
import org.threatmesh.model.Bounds;

/**
 * The drawing of one model element. A skin binds to its view-model in {@link #attach()} and undoes every binding
 * and listener in {@link #detach()}, so the canvas can drop skins of deleted elements without leaking.
 */
public interface ElementSkin {

    /** Key under which a skin registers itself in its root node's properties, for hit testing. */
    String SKIN_KEY = "threatmesh.skin";

    ElementId elementId();

    /** The skin's scene-graph root, whose JavaFX id derives from the element id. */
    Parent root();

    void attach();

    void detach();

    /** Where the element is drawn, in diagram units; used to hide skins outside the visible area. */
    Bounds diagramBounds();

    /**
     * Whether the element's drawing overlaps the rectangle; called for every skin on every viewport change, so
     * implementations avoid allocating.
     */
    default boolean overlaps(double minX, double minY, double maxX, double maxY) {
        Bounds b = diagramBounds();
        return b.x() <= maxX && b.maxX() >= minX && b.y() <= maxY && b.maxY() >= minY;
    }

    /** Shows or hides the small texts, which cost most to draw when the whole of a large diagram is in view. */
    default void setDetailed(boolean detailed) {
    }

    /**
     * Draws cheaply (no anti-aliasing, no labels) while the view is being zoomed, panned or dragged, and in full
     * quality again once it rests.
     */
    default void setInteracting(boolean interacting) {
    }

    /** Whether the small texts are currently shown; see {@link #setDetailed(boolean)}. */
    default boolean isDetailedShown() {
        return true;
    }
}
