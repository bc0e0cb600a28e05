package org.threatmesh.app.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EdgeCullingTest {

    @ParameterizedTest
    @CsvSource({
        // a long diagonal whose bounding box covers the view but passes beside it
        "0, 0, 1000, 100, 400, 400, 600, 600, false",
        // the same diagonal crossing the view
        "0, 0, 1000, 1000, 400, 400, 600, 600, true",
        // both ends outside, horizontal through the middle
        "-100, 500, 2000, 500, 400, 400, 600, 600, true",
        // entirely inside
        "450, 450, 550, 550, 400, 400, 600, 600, true",
        // vertical line left of the view
        "300, 0, 300, 1000, 400, 400, 600, 600, false",
    })
    void aCallIsShownOnlyWhenItsLineCrossesTheView(double x1, double y1, double x2, double y2, double minX,
            double minY, double maxX, double maxY, boolean expected) {
        assertThat(EdgeSkin.segmentCrosses(x1, y1, x2, y2, minX, minY, maxX, maxY)).isEqualTo(expected);
    }
}
