package org.threatmesh.app.canvas;

import java.util.Arrays;

/** Scales a picture of the view, nearest pixel, for {@link ZoomPicture}. Pure functions on pixel arrays. */
final class NearestScaling {

    private NearestScaling() {
    }

    /**
     * Fills {@code to} with {@code from} grown by {@code factor} and then moved by ({@code shiftX}, {@code shiftY}):
     * the view point that showed at (x, y) in {@code from} shows at (factor x + shiftX, factor y + shiftY) in
     * {@code to}. Both images are {@code width} by {@code height} screen pixels, row by row; positions and shifts
     * are in view units of {@code density} screen pixels each. Where {@code from} does not reach, {@code margin}.
     *
     * @param columns scratch space of at least {@code width} entries
     */
    static void scale(int[] from, int[] to, int width, int height, double density, double factor, double shiftX,
            double shiftY, int margin, int[] columns) {
        for (int column = 0; column < width; column++) {
            columns[column] = sourceOf(column, density, factor, shiftX, width);
        }
        for (int row = 0; row < height; row++) {
            int source = sourceOf(row, density, factor, shiftY, height);
            int offset = row * width;
            if (source < 0) {
                Arrays.fill(to, offset, offset + width, margin);
                continue;
            }
            int base = source * width;
            for (int column = 0; column < width; column++) {
                int picked = columns[column];
                to[offset + column] = picked < 0 ? margin : from[base + picked];
            }
        }
    }

    /** The source pixel that screen pixel {@code at} shows (its centre's nearest), or -1 outside the source. */
    static int sourceOf(int at, double density, double factor, double shift, int size) {
        double viewUnits = (at + 0.5) / density;
        int source = (int) Math.floor((viewUnits - shift) / factor * density);
        return source >= 0 && source < size ? source : -1;
    }
}
