package org.threatmesh.app.canvas;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;

/**
 * The dotted background grid, drawn on a {@link Canvas} in view coordinates so it costs one image however large
 * the diagram is. Dots sit on the snapping grid; when zoomed far out only every fifth (or 25th) line is dotted.
 */
final class GridCanvas extends Canvas {

    GridCanvas() {
        setMouseTransparent(true);
    }

    void redraw(ViewportModel viewport) {
        GraphicsContext g = getGraphicsContext2D();
        double w = getWidth();
        double h = getHeight();
        g.clearRect(0, 0, w, h);
        double scale = viewport.scale();
        double step = DiagramGeometry.GRID * scale;
        while (step < 8) {
            step *= 5;
        }
        double ox = viewport.translateXProperty().get() % step;
        double oy = viewport.translateYProperty().get() % step;
        g.setFill(javafx.scene.paint.Color.gray(0.5, 0.35));
        double dot = step > 14 ? 1.6 : 1.1;
        for (double x = ox < 0 ? ox + step : ox; x < w; x += step) {
            for (double y = oy < 0 ? oy + step : oy; y < h; y += step) {
                g.fillRect(x, y, dot, dot);
            }
        }
    }
}
