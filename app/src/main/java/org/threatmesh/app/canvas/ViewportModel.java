package org.threatmesh.app.canvas;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import org.threatmesh.model.Bounds;
import org.threatmesh.model.Point;

/**
 * Zoom and pan of the diagram: a view point {@code v} shows diagram point {@code (v - translate) / scale}. The
 * canvas view reports its size; everything else is computed here so it can be tested without a window.
 */
public final class ViewportModel {

    /** Smallest zoom factor. */
    public static final double MIN_SCALE = 0.05;
    /** Largest zoom factor. */
    public static final double MAX_SCALE = 4.0;
    /** Factor of one zoom step (keys, menu, one wheel notch). */
    public static final double STEP = 1.2;

    private final ReadOnlyDoubleWrapper scale = new ReadOnlyDoubleWrapper(this, "scale", 1);
    private final ReadOnlyDoubleWrapper translateX = new ReadOnlyDoubleWrapper(this, "translateX");
    private final ReadOnlyDoubleWrapper translateY = new ReadOnlyDoubleWrapper(this, "translateY");
    private final DoubleProperty viewWidth = new SimpleDoubleProperty(this, "viewWidth", 800);
    private final DoubleProperty viewHeight = new SimpleDoubleProperty(this, "viewHeight", 600);

    public ReadOnlyDoubleProperty scaleProperty() {
        return scale.getReadOnlyProperty();
    }

    public double scale() {
        return scale.get();
    }

    public ReadOnlyDoubleProperty translateXProperty() {
        return translateX.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty translateYProperty() {
        return translateY.getReadOnlyProperty();
    }

    /** Width of the visible area in view pixels; set by the view. */
    public DoubleProperty viewWidthProperty() {
        return viewWidth;
    }

    /** Height of the visible area in view pixels; set by the view. */
    public DoubleProperty viewHeightProperty() {
        return viewHeight;
    }

    /** The diagram point shown at view point ({@code vx}, {@code vy}). */
    public Point toDiagram(double vx, double vy) {
        return new Point((vx - translateX.get()) / scale.get(), (vy - translateY.get()) / scale.get());
    }

    /** The part of the diagram currently visible. */
    public Bounds visibleArea() {
        Point topLeft = toDiagram(0, 0);
        return new Bounds(topLeft.x(), topLeft.y(), viewWidth.get() / scale.get(), viewHeight.get() / scale.get());
    }

    /** The diagram point at the centre of the view. */
    public Point center() {
        return toDiagram(viewWidth.get() / 2, viewHeight.get() / 2);
    }

    /** Zooms by {@code factor} keeping the diagram point under view point ({@code vx}, {@code vy}) in place. */
    public void zoomAt(double factor, double vx, double vy) {
        double newScale = clamp(scale.get() * factor);
        Point anchor = toDiagram(vx, vy);
        scale.set(newScale);
        translateX.set(vx - anchor.x() * newScale);
        translateY.set(vy - anchor.y() * newScale);
    }

    public void zoomIn() {
        zoomAt(STEP, viewWidth.get() / 2, viewHeight.get() / 2);
    }

    public void zoomOut() {
        zoomAt(1 / STEP, viewWidth.get() / 2, viewHeight.get() / 2);
    }

    /** Back to 100 %, keeping the view centre. */
    public void actualSize() {
        zoomAt(1 / scale.get(), viewWidth.get() / 2, viewHeight.get() / 2);
    }

    public void panBy(double dx, double dy) {
        translateX.set(translateX.get() + dx);
        translateY.set(translateY.get() + dy);
    }

    /** Centres the view on diagram point {@code p} without changing the zoom. */
    public void centerOn(Point p) {
        translateX.set(viewWidth.get() / 2 - p.x() * scale.get());
        translateY.set(viewHeight.get() / 2 - p.y() * scale.get());
    }

    /**
     * Shows {@code area} as large as fits with {@code margin} view pixels around it, never zooming in beyond
     * 100 % (a small diagram stays at its natural size).
     */
    public void fit(Bounds area, double margin) {
        double availableW = Math.max(1, viewWidth.get() - 2 * margin);
        double availableH = Math.max(1, viewHeight.get() - 2 * margin);
        double fitScale = Math.min(availableW / Math.max(1, area.width()), availableH / Math.max(1, area.height()));
        scale.set(clamp(Math.min(1.0, fitScale)));
        centerOn(new Point(area.x() + area.width() / 2, area.y() + area.height() / 2));
    }

    /** Restores a zoom and pan, for example from saved window state. */
    public void set(double newScale, double newTranslateX, double newTranslateY) {
        scale.set(clamp(newScale));
        translateX.set(newTranslateX);
        translateY.set(newTranslateY);
    }

    private static double clamp(double value) {
        return Math.max(MIN_SCALE, Math.min(MAX_SCALE, value));
    }
}
