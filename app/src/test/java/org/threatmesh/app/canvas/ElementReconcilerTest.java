package org.threatmesh.app.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.threatmesh.app.editing.EditingSession;
import org.threatmesh.app.testing.Fixtures;
import org.threatmesh.model.Edge;
import org.threatmesh.model.EdgeId;
import org.threatmesh.model.NodeId;
import org.threatmesh.model.edit.ConnectCommand;
import org.threatmesh.model.edit.DeleteElementsCommand;
import org.threatmesh.model.edit.RenameCommand;

/** Edits of names and attributes update exactly the edited element's view-model and leave the others alone. */
class ElementReconcilerTest {

    private static final NodeId A = NodeId.of("n-a");
    private static final NodeId B = NodeId.of("n-b");
    private static final EdgeId CALL = EdgeId.of("e-ab");

    private final EditingSession session = new EditingSession(Fixtures.small());
    private final CanvasViewModel canvas = new CanvasViewModel(session);

    @Test
    void renamingANodeUpdatesItsViewModelInPlaceAndKeepsEveryOther() {
        session.execute(new ConnectCommand(Edge.of(CALL, A, B)));
        Map<NodeId, NodeViewModel> nodesBefore = Map.copyOf(canvas.nodes());
        EdgeViewModel callBefore = canvas.edges().get(CALL);

        session.execute(new RenameCommand(A, "Orders"));

        assertThat(canvas.nodes().get(A)).isSameAs(nodesBefore.get(A));
        assertThat(canvas.nodes().get(A).name()).isEqualTo("Orders");
        assertThat(canvas.nodes()).containsExactlyInAnyOrderEntriesOf(nodesBefore);
        assertThat(canvas.edges().get(CALL)).isSameAs(callBefore);
        assertThat(callBefore.source().name()).isEqualTo("Orders");
    }

    @Test
    void callsAddedRenamedAndDeletedByEditsAppearChangeAndGo() {
        session.execute(new ConnectCommand(Edge.of(CALL, A, B)));
        assertThat(canvas.edges()).containsKey(CALL);

        session.execute(new RenameCommand(CALL, "checkout"));
        assertThat(canvas.edges().get(CALL).nameProperty().get()).isEqualTo("checkout");

        session.execute(new DeleteElementsCommand(java.util.Set.of(CALL)));
        assertThat(canvas.edges()).doesNotContainKey(CALL);

        session.undo();
        assertThat(canvas.edges().get(CALL).nameProperty().get()).isEqualTo("checkout");
    }
}
