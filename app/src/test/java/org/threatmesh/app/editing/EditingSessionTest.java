package org.threatmesh.app.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.threatmesh.app.testing.Fixtures;
import org.threatmesh.model.NodeId;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.edit.RenameCommand;

class EditingSessionTest {

    private final EditingSession session = new EditingSession(Fixtures.small());

    @Test
    void exposesUndoAndRedoStateWithDescriptions() {
        assertThat(session.canUndoProperty().get()).isFalse();
        assertThat(session.undoDescriptionProperty().get()).isEmpty();

        session.execute(new RenameCommand(NodeId.of("n-a"), "Alpha"));

        assertThat(session.canUndoProperty().get()).isTrue();
        assertThat(session.undoDescriptionProperty().get()).isEqualTo("Rename to \"Alpha\"");
        assertThat(session.dirtyProperty().get()).isTrue();
        assertThat(session.modelProperty().get().nodes().get(NodeId.of("n-a")).name()).isEqualTo("Alpha");

        session.undo();

        assertThat(session.canRedoProperty().get()).isTrue();
        assertThat(session.redoDescriptionProperty().get()).isEqualTo("Rename to \"Alpha\"");
        assertThat(session.dirtyProperty().get()).isFalse();

        session.redo();
        assertThat(session.current().nodes().get(NodeId.of("n-a")).name()).isEqualTo("Alpha");
    }

    @Test
    void aRefusedCommandLeavesTheModelAndSaysWhy() {
        boolean changed = session.execute(new RenameCommand(NodeId.of("n-gone"), "X"));

        assertThat(changed).isFalse();
        assertThat(session.current()).isEqualTo(Fixtures.small());
        assertThat(session.lastRefusalProperty().get()).isEqualTo("Rename to \"X\": node 'n-gone' no longer exists");
        assertThat(session.history()).isEmpty();
    }

    @Test
    void openingADocumentStartsAFreshHistoryAndMarkSavedCleans() {
        session.execute(new RenameCommand(NodeId.of("n-a"), "Alpha"));
        ThreatModel other = ThreatModel.empty("Other");

        session.open(other, Optional.of(Path.of("other.threatmesh.json")));

        assertThat(session.current()).isSameAs(other);
        assertThat(session.canUndoProperty().get()).isFalse();
        assertThat(session.isDirty()).isFalse();
        assertThat(session.file()).contains(Path.of("other.threatmesh.json"));

        session.execute(new org.threatmesh.model.edit.ReplaceModelInfoCommand(
                org.threatmesh.model.ModelInfo.named("Renamed"), ""));
        session.markSaved(Path.of("renamed.threatmesh.json"));
        assertThat(session.isDirty()).isFalse();
        assertThat(session.file()).contains(Path.of("renamed.threatmesh.json"));
    }

    @Test
    void freshIdsAreReadableAndUnique() {
        assertThat(IdGenerator.fresh("n", "Order Service (v2)!", v -> false)).isEqualTo("n-order-service-v2");
        assertThat(IdGenerator.fresh("e", "a-b", v -> v.equals("e-a-b") || v.equals("e-a-b-2"))).isEqualTo("e-a-b-3");
        assertThat(IdGenerator.fresh("z", "***", v -> false)).isEqualTo("z-element");
    }
}
