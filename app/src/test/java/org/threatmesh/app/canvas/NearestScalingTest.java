package org.threatmesh.app.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NearestScalingTest {

    private static final int MARGIN = -1;

    /** A 4 x 2 picture whose pixel values are 10 * row + column. */
    private static int[] picture() {
        return new int[] {0, 1, 2, 3, 10, 11, 12, 13};
    }

    private static int[] scaled(double density, double factor, double shiftX, double shiftY) {
        int[] to = new int[8];
        NearestScaling.scale(picture(), to, 4, 2, density, factor, shiftX, shiftY, MARGIN, new int[4]);
        return to;
    }

    @Test
    void unscaledAndUnmovedIsACopy() {
        assertThat(scaled(1, 1, 0, 0)).containsExactly(picture());
    }

    @Test
    void growingTwiceRepeatsEachPixelTwiceFromTheOrigin() {
        assertThat(scaled(1, 2, 0, 0)).containsExactly(0, 0, 1, 1, 0, 0, 1, 1);
    }

    @Test
    void shrinkingToHalfLeavesTheMarginWhereThePictureEnds() {
        // Each screen pixel shows the source pixel under its centre: centres 0.5 and 1.5 fall on 1 and 3.
        assertThat(scaled(1, 0.5, 0, 0)).containsExactly(11, 13, MARGIN, MARGIN, MARGIN, MARGIN, MARGIN, MARGIN);
    }

    @Test
    void aShiftMovesThePictureAndUncoversTheMargin() {
        assertThat(scaled(1, 1, 1, 0)).containsExactly(MARGIN, 0, 1, 2, MARGIN, 10, 11, 12);
        assertThat(scaled(1, 1, 0, -1)).containsExactly(10, 11, 12, 13, MARGIN, MARGIN, MARGIN, MARGIN);
    }

    @Test
    void onADenseScreenShiftsAreInViewUnits() {
        // Two screen pixels per view unit: a shift of one view unit moves the picture two pixels.
        assertThat(scaled(2, 1, 1, 0)).containsExactly(MARGIN, MARGIN, 0, 1, MARGIN, MARGIN, 10, 11);
    }
}
