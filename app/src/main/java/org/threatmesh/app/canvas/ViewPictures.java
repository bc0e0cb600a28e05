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

    /**
     * Renders the visible part of {@code view}, {@code width} by {@code height} in its own coordinates, with one
     * image pixel per screen pixel (also on high-density screens).
     */
    static WritableImage snapshot(Region view, double width, double height) {
        double scale = view.getScene() != null && view.getScene().getWindow() != null
                ? view.getScene().getWindow().getRenderScaleX() : 1;
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setTransform(new Scale(scale, scale));
        parameters.setViewport(new Rectangle2D(0, 0, width * scale, height * scale));
        return view.snapshot(parameters, null);
    }
}
