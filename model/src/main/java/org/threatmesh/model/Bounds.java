package org.threatmesh.model;

/** A rectangle on the diagram: top-left corner and size, in diagram units. */
public record Bounds(double x, double y, double width, double height) {

    public Bounds {
        if (!Double.isFinite(x) || !Double.isFinite(y) || !Double.isFinite(width) || !Double.isFinite(height)) {
            throw new IllegalArgumentException("bounds must be finite numbers");
        }
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("width and height must not be negative");
        }
    }

    public Bounds moved(double dx, double dy) {
        return new Bounds(x + dx, y + dy, width, height);
    }

    public boolean contains(Point point) {
        return point.x() >= x && point.x() <= x + width && point.y() >= y && point.y() <= y + height;
    }

    public double maxX() {
        return x + width;
    }

    public double maxY() {
        return y + height;
    }
}
