package org.threatmesh.model;

/** A position on the diagram, in diagram units (1 unit = 1 pixel at 100 % zoom). */
public record Point(double x, double y) {

    public Point {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("coordinates must be finite numbers");
        }
    }

    public Point plus(double dx, double dy) {
        return new Point(x + dx, y + dy);
    }
}
