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

    /** Shows or hides the small texts, which cost most to draw when the whole of a large diagram is in view. */
    default void setDetailed(boolean detailed) {
    }
}
