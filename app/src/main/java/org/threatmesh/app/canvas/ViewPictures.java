package org.threatmesh.app.canvas;

import javafx.geometry.Rectangle2D;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.transform.Scale;

/** Pictures of the canvas that stand in for its live drawing during gestures (see DragBackdrop, ZoomPicture). */
final class ViewPictures {

    private ViewPictures() {
    }

    /** A hidden, unmanaged, mouse-transparent image node for a picture, with the given JavaFX id. */
    static javafx.scene.image.ImageView pictureNode(String id) {
        javafx.scene.image.ImageView picture = new javafx.scene.image.ImageView();
        picture.setId(id);
        picture.setMouseTransparent(true);
        picture.setManaged(false);
        picture.setVisible(false);
        return picture;
    }

    /** Screen pixels per view unit of the window showing {@code view} (1 until it is in a window). */
    static double density(Region view) {
        return view.getScene() != null && view.getScene().getWindow() != null
                ? view.getScene().getWindow().getRenderScaleX() : 1;
    }

    /**
     * Renders the visible part of {@code view} with the nodes of {@code leftOut} hidden for the moment (those
     * already hidden stay so), one image pixel per screen pixel, also on high-density screens.
     */
    static WritableImage snapshotWithout(Region view, java.util.Collection<? extends javafx.scene.Node> leftOut) {
        java.util.List<javafx.scene.Node> hidden = leftOut.stream().filter(javafx.scene.Node::isVisible)
                .map(javafx.scene.Node.class::cast).toList();
        hidden.forEach(node -> node.setVisible(false));
        try {
            double scale = density(view);
            SnapshotParameters parameters = new SnapshotParameters();
            parameters.setTransform(new Scale(scale, scale));
            parameters.setViewport(new Rectangle2D(0, 0, Math.ceil(view.getWidth()) * scale,
                    Math.ceil(view.getHeight()) * scale));
            return view.snapshot(parameters, null);
        } finally {
            hidden.forEach(node -> node.setVisible(true));
        }
    }
}
