package org.threatmesh.app.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.threatmesh.app.canvas.ArrangeIntents.Alignment;
import org.threatmesh.app.canvas.ArrangeIntents.Axis;
import org.threatmesh.app.editing.EditingSession;
import org.threatmesh.app.testing.Fixtures;
import org.threatmesh.model.EdgeId;
import org.threatmesh.model.ElementId;
import org.threatmesh.model.NodeId;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.Point;
import org.threatmesh.model.ZoneId;

class ArrangeAndClipboardTest {

    private static final NodeId GW = NodeId.of("n-gw");
    private static final NodeId A = NodeId.of("n-a");
    private static final NodeId B = NodeId.of("n-b");

    private final EditingSession session = new EditingSession(Fixtures.small());
    private final CanvasViewModel canvas = new CanvasViewModel(session);

    @Test
    void alignLeftLinesUpOnTheLeftmostEdgeInOneStep() {
        canvas.selectAll(List.of(GW, A, B));

        canvas.arrange().align(Alignment.LEFT);

        assertThat(session.current().layout().node(A)).contains(new Point(40, 60));
        assertThat(session.current().layout().node(B)).contains(new Point(40, 260));
        assertThat(session.current().layout().node(GW)).contains(new Point(40, 60));
        assertThat(session.history()).containsExactly("Align left");
    }

    @Test
    void alignBottomAndMiddle() {
        canvas.selectAll(List.of(A, B));
        canvas.arrange().align(Alignment.BOTTOM);
        assertThat(session.current().layout().node(A)).contains(new Point(600, 260));

        session.undo();
        canvas.arrange().align(Alignment.MIDDLE);
        assertThat(session.current().layout().node(A)).contains(new Point(600, 160));
        assertThat(session.current().layout().node(B)).contains(new Point(600, 160));
    }

    @Test
    void distributeSpacesThreeBoxesEvenly() {
        canvas.creation().addNode(NodeKind.SERVICE, new Point(680, 600));
        NodeId c = NodeId.of("n-service");
        session.execute(org.threatmesh.model.edit.MoveElementsCommand.move(java.util.Map.of(c, new Point(600, 700)),
                java.util.Map.of()));
        canvas.selectAll(List.of(A, B, c));

        canvas.arrange().distribute(Axis.VERTICAL);

        assertThat(session.current().layout().node(A)).contains(new Point(600, 60));
        assertThat(session.current().layout().node(B)).contains(new Point(600, 380));
        assertThat(session.current().layout().node(c)).contains(new Point(600, 700));
        assertThat(session.undoDescriptionProperty().get()).isEqualTo("Distribute vertically");
    }

    @Test
    void alignNeedsTwoElementsAndSaysSo() {
        canvas.select(A);
        canvas.arrange().align(Alignment.LEFT);

        assertThat(session.history()).isEmpty();
        assertThat(canvas.messageProperty().get()).isEqualTo("Select two or more nodes or zones to align");
    }

    @Test
    void copyPasteAddsFreshCopiesWithTheirCallsOffsetAndSelected() {
        canvas.creation().connect(A, B);
        canvas.selectAll(List.of(A, B));

        canvas.clipboard().copy();
        List<ElementId> pasted = canvas.clipboard().paste();

        assertThat(pasted).containsExactly(NodeId.of("n-a-2"), NodeId.of("n-b-2"), EdgeId.of("e-a-b-2"));
        assertThat(session.current().nodes()).hasSize(5);
        assertThat(session.current().edges().get(EdgeId.of("e-a-b-2")).from()).isEqualTo(NodeId.of("n-a-2"));
        assertThat(session.current().layout().node(NodeId.of("n-a-2"))).contains(new Point(640, 100));
        assertThat(canvas.selection().snapshot()).containsExactlyElementsOf(pasted);
        assertThat(session.undoDescriptionProperty().get()).isEqualTo("Paste 3 elements");

        List<ElementId> again = canvas.clipboard().paste();

        assertThat(again).contains(NodeId.of("n-a-3"));
        assertThat(session.current().layout().node(NodeId.of("n-a-3"))).contains(new Point(680, 140));
    }

    @Test
    void duplicatingAZoneCopiesItsContentsIntoTheCopy() {
        canvas.select(ZoneId.of("z-dmz"));

        List<ElementId> copies = canvas.clipboard().duplicate();

        assertThat(copies).containsExactly(ZoneId.of("z-dmz-2"), NodeId.of("n-gw-2"));
        assertThat(session.current().nodes().get(NodeId.of("n-gw-2")).zone()).contains(ZoneId.of("z-dmz-2"));
        assertThat(session.history()).containsExactly("Duplicate 2 elements");
        assertThat(canvas.clipboard().canPasteProperty().get()).isFalse();
    }
}
