package org.threatmesh.app.canvas;

import java.util.List;
import javafx.scene.Group;
import javafx.scene.shape.SVGPath;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import org.threatmesh.icons.IconLibrary;

/** Shared drawing helpers for skins and palette entries. */
public final class SkinFactory {

    private SkinFactory() {
    }

    /**
     * An icon from the icon set as stroked paths, {@code size} pixels square. Colour comes from CSS
     * ({@code -fx-stroke} on style class {@code icon-path}).
     */
    public static Group icon(String name, double size) {
        Group group = new Group();
        List<String> paths = IconLibrary.find(name).orElseGet(() -> IconLibrary.pathData("service"));
        for (String d : paths) {
            SVGPath path = new SVGPath();
            path.setContent(d);
            path.getStyleClass().add("icon-path");
            path.setFill(null);
            path.setStrokeWidth(IconLibrary.STROKE_WIDTH);
            path.setStrokeLineCap(StrokeLineCap.ROUND);
            path.setStrokeLineJoin(StrokeLineJoin.ROUND);
            group.getChildren().add(path);
        }
        double scale = size / IconLibrary.SIZE;
        group.setScaleX(scale);
        group.setScaleY(scale);
        // Scaling pivots on the centre; shift so the icon's top-left stays at the group's layout position.
        group.setTranslateX((size - IconLibrary.SIZE) / 2);
        group.setTranslateY((size - IconLibrary.SIZE) / 2);
        return group;
    }

    /** Cuts {@code text} to {@code max} characters with an ellipsis. */
    public static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, Math.max(1, max - 1)) + "…";
    }

    /** A JavaFX id for an element: its type prefix and model id, which TestFX and CSS look up. */
    public static String fxId(String prefix, String modelId) {
        return prefix + "-" + modelId;
    }
}
