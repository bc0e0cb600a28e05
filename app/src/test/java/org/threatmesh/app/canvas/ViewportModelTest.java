package org.threatmesh.app.canvas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import org.junit.jupiter.api.Test;
import org.threatmesh.model.Bounds;
import org.threatmesh.model.Point;

class ViewportModelTest {

    private final ViewportModel viewport = new ViewportModel();

    @Test
    void zoomingAtAPointKeepsTheDiagramPointUnderIt() {
        viewport.panBy(30, 40);
        Point before = viewport.toDiagram(200, 100);

        viewport.zoomAt(ViewportModel.STEP, 200, 100);

        Point after = viewport.toDiagram(200, 100);
        assertThat(after.x()).isCloseTo(before.x(), offset(1e-9));
        assertThat(after.y()).isCloseTo(before.y(), offset(1e-9));
        assertThat(viewport.scale()).isEqualTo(1.2);
    }

    @Test
    void zoomIsClampedAndActualSizeReturnsToOneHundredPercent() {
        for (int i = 0; i < 50; i++) {
            viewport.zoomIn();
        }
        assertThat(viewport.scale()).isEqualTo(ViewportModel.MAX_SCALE);
        for (int i = 0; i < 100; i++) {
            viewport.zoomOut();
        }
        assertThat(viewport.scale()).isEqualTo(ViewportModel.MIN_SCALE);
        viewport.actualSize();
        assertThat(viewport.scale()).isCloseTo(1.0, offset(1e-12));
    }

    @Test
    void fitShowsTheAreaCentredAndNeverZoomsInPastOneHundredPercent() {
        viewport.viewWidthProperty().set(800);
        viewport.viewHeightProperty().set(600);

        viewport.fit(new Bounds(0, 0, 1440, 520), 40);
        assertThat(viewport.scale()).isCloseTo(720 / 1440.0, offset(1e-12));
        assertThat(viewport.center().x()).isCloseTo(720, offset(1e-9));
        assertThat(viewport.center().y()).isCloseTo(260, offset(1e-9));

        viewport.fit(new Bounds(100, 100, 50, 50), 40);
        assertThat(viewport.scale()).isEqualTo(1.0);
        assertThat(viewport.visibleArea()).isEqualTo(new Bounds(-275, -175, 800, 600));
    }

    @Test
    void panningMovesTheVisibleArea() {
        viewport.viewWidthProperty().set(400);
        viewport.viewHeightProperty().set(300);
        viewport.panBy(-100, -50);

        assertThat(viewport.visibleArea()).isEqualTo(new Bounds(100, 50, 400, 300));
    }
}
