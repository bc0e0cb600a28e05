package org.threatmesh.app.canvas;

import java.util.Collection;
import java.util.function.Predicate;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Paint;
import javafx.scene.transform.Scale;
import org.threatmesh.model.Bounds;

/**
 * The calls that stay put while nodes are dragged, drawn once into a bitmap the size of the view. The view does not
 * move during such a drag, so the thousands of unmoved calls need not be rasterised again on every frame (most of a
 * drag frame in the software renderer); only the calls of moving nodes are. Lives in diagram coordinates, scaled
 * back so one bitmap pixel is one screen pixel.
 */
final class StillCalls {

    private final Canvas canvas = new Canvas();
    private final Scale unscale = new Scale();
    private Bounds drawnArea;
    private double drawnScale;
    private boolean stale = true;

    StillCalls() {
        canvas.setMouseTransparent(true);
        canvas.getTransforms().add(unscale);
        canvas.setVisible(false);
    }

    Canvas node() {
        return canvas;
    }

    /** The calls changed (which ones stay put, or where): the next {@link #show} draws them again. */
    void invalidate() {
        stale = true;
    }

    /**
     * Shows the calls that pass {@code still} as seen in {@code visible} at {@code scale}, drawing them only if the
     * calls or the view changed since the last time.
     *
     * @return whether they were drawn afresh
     */
    boolean show(Collection<EdgeViewModel> calls, Predicate<EdgeViewModel> still, Bounds visible, double scale,
            Paint stroke) {
        boolean redraw = stale || !visible.equals(drawnArea) || scale != drawnScale;
        if (redraw) {
            draw(calls, still, visible, scale, stroke);
        }
        canvas.setVisible(true);
        return redraw;
    }

    void hide() {
        canvas.setVisible(false);
    }

    private void draw(Collection<EdgeViewModel> calls, Predicate<EdgeViewModel> still, Bounds visible, double scale,
            Paint stroke) {
        stale = false;
        drawnArea = visible;
        drawnScale = scale;
        double width = Math.ceil(visible.width() * scale);
        double height = Math.ceil(visible.height() * scale);
        canvas.setWidth(width);
        canvas.setHeight(height);
        canvas.setLayoutX(visible.x());
        canvas.setLayoutY(visible.y());
        unscale.setX(1 / scale);
        unscale.setY(1 / scale);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, width, height);
        g.setStroke(stroke);
        g.setLineWidth(1.2);
        g.beginPath();
        for (EdgeViewModel call : calls) {
            double x1 = call.source().centerX();
            double y1 = call.source().centerY();
            double x2 = call.target().centerX();
            double y2 = call.target().centerY();
            if (still.test(call) && EdgeSkin.segmentCrosses(x1, y1, x2, y2, visible.x(), visible.y(), visible.maxX(),
                    visible.maxY())) {
                g.moveTo((x1 - visible.x()) * scale, (y1 - visible.y()) * scale);
                g.lineTo((x2 - visible.x()) * scale, (y2 - visible.y()) * scale);
            }
        }
        g.stroke();
    }
}
