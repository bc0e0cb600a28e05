package org.threatmesh.export.pdf;

import java.awt.Color;

/**
 * A text style: size, weight and colour, with the line height that goes with it.
 *
 * @param size    font size in points
 * @param bold    bold weight
 * @param color   text colour
 * @param leading distance between baselines
 */
record Style(float size, boolean bold, Color color, float leading) {

    static Style of(float size, boolean bold, Color color) {
        return new Style(size, bold, color, size * 1.4f);
    }

    Style withColor(Color newColor) {
        return new Style(size, bold, newColor, leading);
    }

    Style bolder() {
        return new Style(size, true, color, leading);
    }

    /** Distance from the top of a line box to its baseline. */
    float ascent() {
        return size * 0.93f;
    }
}
