package org.threatmesh.export.pdf;

/** SVG elliptical arcs as cubic Béziers (SVG 1.1 implementation notes F.6.5 and F.6.6). */
final class Arcs {

    private Arcs() {
    }

    static void toCubics(double x1, double y1, double rx, double ry, double rotationDegrees, boolean largeArc,
            boolean sweep, double x2, double y2, PathSink sink) {
        if (x1 == x2 && y1 == y2) {
            return;
        }
        rx = Math.abs(rx);
        ry = Math.abs(ry);
        if (rx == 0 || ry == 0) {
            sink.lineTo(x2, y2);
            return;
        }
        double phi = Math.toRadians(rotationDegrees % 360);
        double cos = Math.cos(phi);
        double sin = Math.sin(phi);
        double dx = (x1 - x2) / 2;
        double dy = (y1 - y2) / 2;
        double x1p = cos * dx + sin * dy;
        double y1p = -sin * dx + cos * dy;
        double lambda = (x1p * x1p) / (rx * rx) + (y1p * y1p) / (ry * ry);
        if (lambda > 1) {
            double scale = Math.sqrt(lambda);
            rx *= scale;
            ry *= scale;
        }
        double numerator = rx * rx * ry * ry - rx * rx * y1p * y1p - ry * ry * x1p * x1p;
        double denominator = rx * rx * y1p * y1p + ry * ry * x1p * x1p;
        double coefficient = Math.sqrt(Math.max(0, numerator / denominator)) * (largeArc == sweep ? -1 : 1);
        double cxp = coefficient * rx * y1p / ry;
        double cyp = -coefficient * ry * x1p / rx;
        double cx = cos * cxp - sin * cyp + (x1 + x2) / 2;
        double cy = sin * cxp + cos * cyp + (y1 + y2) / 2;
        double theta1 = angle(1, 0, (x1p - cxp) / rx, (y1p - cyp) / ry);
        double delta = angle((x1p - cxp) / rx, (y1p - cyp) / ry, (-x1p - cxp) / rx, (-y1p - cyp) / ry);
        if (!sweep && delta > 0) {
            delta -= 2 * Math.PI;
        } else if (sweep && delta < 0) {
            delta += 2 * Math.PI;
        }
        int segments = (int) Math.ceil(Math.abs(delta) / (Math.PI / 2) - 1e-9);
        double step = delta / segments;
        double handle = 4.0 / 3 * Math.tan(step / 4);
        double theta = theta1;
        for (int i = 0; i < segments; i++) {
            double c1 = Math.cos(theta);
            double s1 = Math.sin(theta);
            double c2 = Math.cos(theta + step);
            double s2 = Math.sin(theta + step);
            double[] p1 = point(cx, cy, rx, ry, cos, sin, c1 - handle * s1, s1 + handle * c1);
            double[] p2 = point(cx, cy, rx, ry, cos, sin, c2 + handle * s2, s2 - handle * c2);
            double[] end = i == segments - 1 ? new double[] {x2, y2} : point(cx, cy, rx, ry, cos, sin, c2, s2);
            sink.curveTo(p1[0], p1[1], p2[0], p2[1], end[0], end[1]);
            theta += step;
        }
    }

    private static double[] point(double cx, double cy, double rx, double ry, double cos, double sin, double ux,
            double uy) {
        return new double[] {cx + rx * ux * cos - ry * uy * sin, cy + rx * ux * sin + ry * uy * cos};
    }

    private static double angle(double ux, double uy, double vx, double vy) {
        return Math.atan2(ux * vy - uy * vx, ux * vx + uy * vy);
    }
}
