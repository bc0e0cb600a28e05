package org.threatmesh.app.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.threatmesh.app.editing.EditingSession;
import org.threatmesh.app.testing.Fixtures;
import org.threatmesh.model.Bounds;
import org.threatmesh.model.NodeId;
import org.threatmesh.model.Point;
import org.threatmesh.model.ZoneId;

class MoveGestureTest {

    private static final NodeId GW = NodeId.of("n-gw");
    private static final NodeId A = NodeId.of("n-a");
    private static final NodeId B = NodeId.of("n-b");
    private static final ZoneId DMZ = ZoneId.of("z-dmz");

    private final EditingSession session = new EditingSession(Fixtures.small());
    private final CanvasViewModel canvas = new CanvasViewModel(session);

    @Test
    void dragPreviewsWithoutCommandsAndCommitsOneSnappedStep() {
        canvas.select(A);
        canvas.moves().begin(A);
        canvas.moves().preview(13, 7);
        canvas.moves().preview(47, 29);

        assertThat(session.history()).isEmpty();
        assertThat(canvas.nodes().get(A).x()).isEqualTo(640.0);
        assertThat(canvas.nodes().get(A).y()).isEqualTo(80.0);

        canvas.moves().commit();

        assertThat(session.current().layout().node(A)).contains(new Point(640, 80));
        assertThat(session.history()).containsExactly("Move element");
        session.undo();
        assertThat(session.current().layout().node(A)).contains(new Point(600, 60));
        assertThat(canvas.nodes().get(A).x()).isEqualTo(600.0);
    }

    @Test
    void withoutSnappingTheDropIsExact() {
        canvas.snapToGridProperty().set(false);
        canvas.select(A);
        canvas.moves().begin(A);
        canvas.moves().preview(13, 7);
        canvas.moves().commit();

        assertThat(session.current().layout().node(A)).contains(new Point(613, 67));
    }

    @Test
    void cancelRestoresTheModelPositions() {
        canvas.select(A);
        canvas.moves().begin(A);
        canvas.moves().preview(100, 100);
        canvas.moves().cancel();

        assertThat(canvas.nodes().get(A).x()).isEqualTo(600.0);
        assertThat(session.history()).isEmpty();
    }

    @Test
    void anEditElsewhereDuringTheDragKeepsTheGestureGoing() {
        canvas.select(A);
        canvas.moves().begin(A);
        canvas.moves().preview(100, 40);
        session.execute(new org.threatmesh.model.edit.RenameCommand(B, "renamed while dragging"));

        assertThat(canvas.nodes().get(A).x()).isEqualTo(700.0);
        canvas.moves().preview(200, 40);
        canvas.moves().commit();

        assertThat(session.current().layout().node(A)).contains(new Point(800, 100));
        assertThat(session.current().nodes().get(B).name()).isEqualTo("renamed while dragging");
    }

    @Test
    void anEditThatMovesADraggedElementEndsTheGesture() {
        session.execute(org.threatmesh.model.edit.MoveElementsCommand.move(
                java.util.Map.of(A, new Point(620, 60)), java.util.Map.of()));
        canvas.select(A);
        canvas.moves().begin(A);
        canvas.moves().preview(100, 40);
        session.undo();

        assertThat(canvas.nodes().get(A).x()).isEqualTo(600.0);
        canvas.moves().preview(200, 40);
        canvas.moves().commit();
        assertThat(session.current().layout().node(A)).contains(new Point(600, 60));
    }

    @Test
    void movingAZoneMovesItsContentsInTheSameStep() {
        canvas.select(DMZ);
        canvas.moves().begin(DMZ);
        canvas.moves().preview(100, 40);

        assertThat(canvas.nodes().get(GW).x()).isEqualTo(140.0);

        canvas.moves().commit();

        assertThat(session.current().layout().zone(DMZ).orElseThrow().bounds())
                .isEqualTo(new Bounds(100, 40, 400, 300));
        assertThat(session.current().layout().node(GW)).contains(new Point(140, 100));
        assertThat(session.current().nodes().get(GW).zone()).contains(DMZ);
        assertThat(session.history()).containsExactly("Move 2 elements");
    }

    @Test
    void aNodeDroppedIntoAZoneJoinsItAndOneDraggedOutLeaves() {
        canvas.select(A);
        canvas.moves().begin(A);
        canvas.moves().preview(-500, 100);
        canvas.moves().commit();

        assertThat(session.current().nodes().get(A).zone()).contains(DMZ);
        assertThat(session.history()).containsExactly("Move element");

        canvas.select(GW);
        canvas.moves().begin(GW);
        canvas.moves().preview(600, 300);
        canvas.moves().commit();

        assertThat(session.current().nodes().get(GW).zone()).isEmpty();
        session.undo();
        assertThat(session.current().nodes().get(GW).zone()).contains(DMZ);
    }

    @Test
    void nudgesOfOneSelectionMergeIntoOneStep() {
        canvas.selectAll(java.util.List.of(A, B));
        canvas.moves().nudge(20, 0);
        canvas.moves().nudge(20, 0);
        canvas.moves().nudge(0, -20);

        assertThat(session.current().layout().node(A)).contains(new Point(640, 40));
        assertThat(session.current().layout().node(B)).contains(new Point(640, 240));
        assertThat(session.history()).containsExactly("Nudge 2 elements");
        session.undo();
        assertThat(session.current()).isEqualTo(Fixtures.small());
    }

    @Test
    void resizingAZoneOverNodesAdoptsThemInTheSameStep() {
        canvas.moves().beginResize(DMZ);
        canvas.moves().previewResize(400, 0);

        assertThat(canvas.zones().get(DMZ).bounds().width()).isEqualTo(800.0);

        canvas.moves().commitResize();

        assertThat(session.current().nodes().get(A).zone()).contains(DMZ);
        assertThat(session.current().nodes().get(B).zone()).contains(DMZ);
        assertThat(session.history()).containsExactly("Resize zone \"DMZ\"");
        session.undo();
        assertThat(session.current().nodes().get(A).zone()).isEqualTo(Optional.empty());
    }
}
