package org.threatmesh.model.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.threatmesh.model.Edge;
import org.threatmesh.model.EdgeId;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeId;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.Point;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.attr.EdgeAttributes;
import org.threatmesh.model.attr.TlsMode;

class CommandStackTest {

    private static final NodeId A = NodeId.of("n-a");
    private static final NodeId B = NodeId.of("n-b");
    private static final EdgeId AB = EdgeId.of("e-ab");

    private ThreatModel initial;
    private CommandStack stack;

    @BeforeEach
    void setUp() {
        initial = ThreatModel.empty("test");
        stack = new CommandStack(initial);
    }

    private void addTwoConnectedNodes() {
        stack.execute(new AddNodeCommand(Node.of(A, NodeKind.SERVICE, "A"), new Point(0, 0)));
        stack.execute(new AddNodeCommand(Node.of(B, NodeKind.DATASTORE, "B"), new Point(200, 0)));
        stack.execute(new ConnectCommand(Edge.of(AB, A, B)));
    }

    @Test
    void executeUndoAndRedoWalkThroughSnapshots() {
        addTwoConnectedNodes();
        ThreatModel connected = stack.current();

        stack.undo();
        assertThat(stack.current().edges()).isEmpty();
        assertThat(stack.redoDescription()).contains("Connect n-a → n-b");
        stack.redo();
        assertThat(stack.current()).isSameAs(connected);
        assertThat(stack.history()).containsExactly("Add service \"A\"", "Add datastore \"B\"", "Connect n-a → n-b");
    }

    @Test
    void deletingANodeRemovesItsEdgesInTheSameUndoStep() {
        addTwoConnectedNodes();
        stack.execute(new DeleteElementsCommand(Set.of(A)));

        assertThat(stack.current().nodes()).containsOnlyKeys(B);
        assertThat(stack.current().edges()).isEmpty();
        assertThat(stack.current().layout().nodes()).containsOnlyKeys(B);
        stack.undo();
        assertThat(stack.current().nodes()).containsOnlyKeys(A, B);
        assertThat(stack.current().edges()).containsOnlyKeys(AB);
    }

    @Test
    void aNoOpNeverReachesTheHistory() {
        addTwoConnectedNodes();
        long revision = stack.revision();

        boolean changed = stack.execute(MoveElementsCommand.move(Map.of(A, new Point(0, 0)), Map.of()));

        assertThat(changed).isFalse();
        assertThat(stack.revision()).isEqualTo(revision);
        assertThat(stack.history()).hasSize(3);
    }

    @Test
    void successiveEditsWithTheSameMergeKeyUndoAsOneStep() {
        addTwoConnectedNodes();
        stack.markSaved();
        stack.execute(new RenameCommand(A, "Ap", "field-1"));
        stack.execute(new RenameCommand(A, "Api", "field-1"));
        stack.execute(new RenameCommand(A, "Api!", "field-1"));
        stack.execute(new RenameCommand(A, "Other", "field-2"));

        assertThat(stack.history()).hasSize(5);
        stack.undo();
        assertThat(stack.current().nodes().get(A).name()).isEqualTo("Api!");
        stack.undo();
        assertThat(stack.current().nodes().get(A).name()).isEqualTo("A");
    }

    @Test
    void editsDoNotMergeAcrossTheSavePoint() {
        addTwoConnectedNodes();
        stack.execute(SetAttributeCommandTestSupport.tls(AB, TlsMode.TLS, "edge-tls"));
        stack.markSaved();
        stack.execute(SetAttributeCommandTestSupport.tls(AB, TlsMode.MTLS, "edge-tls"));

        assertThat(stack.isDirty()).isTrue();
        stack.undo();
        assertThat(stack.isDirty()).isFalse();
        assertThat(stack.current().edges().get(AB).get(EdgeAttributes.TLS).value()).isEqualTo(TlsMode.TLS);
    }

    @Test
    void dirtyFollowsTheSavePointThroughUndoAndRedo() {
        assertThat(stack.isDirty()).isFalse();
        addTwoConnectedNodes();
        assertThat(stack.isDirty()).isTrue();
        stack.markSaved();
        assertThat(stack.isDirty()).isFalse();
        stack.undo();
        assertThat(stack.isDirty()).isTrue();
        stack.redo();
        assertThat(stack.isDirty()).isFalse();
    }

    @Test
    void theSavePointIsLostWhenANewBranchReplacesIt() {
        addTwoConnectedNodes();
        stack.markSaved();
        stack.undo();
        stack.execute(new RenameCommand(A, "Renamed"));

        assertThat(stack.isDirty()).isTrue();
        stack.undo();
        assertThat(stack.isDirty()).isTrue();
        assertThat(stack.canRedo()).isTrue();
    }

    @Test
    void aRefusedCommandLeavesTheModelAsItWas() {
        addTwoConnectedNodes();
        ThreatModel before = stack.current();

        assertThatThrownBy(() -> stack.execute(new ConnectCommand(Edge.of(EdgeId.of("e-x"), A, NodeId.of("n-gone")))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("edge 'e-x' refers to unknown node 'n-gone'");
        assertThat(stack.current()).isSameAs(before);
        assertThat(stack.history()).hasSize(3);
    }

    @Test
    void listenersMayNotChangeTheStackWhileBeingNotified() {
        List<Throwable> failures = new ArrayList<>();
        stack.addListener((previous, current) -> {
            try {
                stack.undo();
            } catch (IllegalStateException e) {
                failures.add(e);
            }
        });
        stack.execute(new AddNodeCommand(Node.of(A, NodeKind.SERVICE, "A"), new Point(0, 0)));

        assertThat(failures).singleElement().extracting(Throwable::getMessage)
                .isEqualTo("the command stack cannot be changed while it is notifying listeners");
    }

    @Test
    void theHistoryIsBoundedAndForgetsTheOldestSteps() {
        CommandStack small = new CommandStack(initial, 2);
        small.execute(new AddNodeCommand(Node.of(A, NodeKind.SERVICE, "A"), new Point(0, 0)));
        small.execute(new RenameCommand(A, "A1"));
        small.execute(new RenameCommand(A, "A2"));

        assertThat(small.history()).containsExactly("Rename to \"A1\"", "Rename to \"A2\"");
        small.undo();
        small.undo();
        assertThat(small.canUndo()).isFalse();
        assertThat(small.current().nodes().get(A).name()).isEqualTo("A");
        assertThat(small.isDirty()).isTrue();
    }

    @Test
    void listenersSeeEveryChangeWithBothSnapshots() {
        List<String> seen = new ArrayList<>();
        stack.addListener((previous, current) -> seen.add(previous.nodes().size() + "->" + current.nodes().size()));
        stack.execute(new AddNodeCommand(Node.of(A, NodeKind.SERVICE, "A"), new Point(0, 0)));
        stack.undo();
        stack.redo();
        stack.markSaved();

        assertThat(seen).containsExactly("0->1", "1->0", "0->1", "1->1");
    }
}
