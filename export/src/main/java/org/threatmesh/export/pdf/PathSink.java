package org.threatmesh.export.pdf;

/** Receives an outline in absolute coordinates; curves are all cubic. */
interface PathSink {

    void moveTo(double x, double y);

    void lineTo(double x, double y);

    void curveTo(double x1, double y1, double x2, double y2, double x, double y);

    void closePath();
}
