package org.threatmesh.app.editing;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.edit.Command;
import org.threatmesh.model.edit.CommandStack;
import org.threatmesh.model.edit.CommandStackListener;

/**
 * The editor's FX adapter around the model's {@link CommandStack}: the one place the current document changes.
 * It exposes the current model, undo/redo availability and descriptions, the dirty flag and the document's file
 * as read-only JavaFX properties that menus, the title bar and view-models bind to.
 *
 * <p>Opening or creating a document replaces the stack, so undo never crosses documents. Use from the FX thread
 * only (the stack is single-threaded); view-model tests use it without a toolkit.
 */
public final class EditingSession {

    private final ReadOnlyObjectWrapper<ThreatModel> model = new ReadOnlyObjectWrapper<>(this, "model");
    private final ReadOnlyObjectWrapper<Optional<Path>> file =
            new ReadOnlyObjectWrapper<>(this, "file", Optional.empty());
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyStringWrapper undoDescription = new ReadOnlyStringWrapper(this, "undoDescription", "");
    private final ReadOnlyStringWrapper redoDescription = new ReadOnlyStringWrapper(this, "redoDescription", "");
    private final ReadOnlyStringWrapper lastRefusal = new ReadOnlyStringWrapper(this, "lastRefusal", "");
    private final CommandStackListener listener = (previous, current) -> publish();
    private CommandStack stack;

    /** Starts with {@code initial} as an unsaved, clean document. */
    public EditingSession(ThreatModel initial) {
        open(initial, Optional.empty());
    }

    /** Makes {@code document} the current document, with an empty history, as loaded from {@code source}. */
    public void open(ThreatModel document, Optional<Path> source) {
        Objects.requireNonNull(document, "document");
        if (stack != null) {
            stack.removeListener(listener);
        }
        stack = new CommandStack(document);
        stack.addListener(listener);
        file.set(Objects.requireNonNull(source, "source"));
        publish();
    }

    /**
     * Executes {@code command} on the current model as one undo step.
     *
     * @return true when the model changed; false for a no-op or when the model refused the change, in which case
     *         {@link #lastRefusalProperty()} says why
     */
    public boolean execute(Command command) {
        try {
            lastRefusal.set("");
            return stack.execute(command);
        } catch (IllegalArgumentException refused) {
            lastRefusal.set(command.description() + ": " + refused.getMessage());
            return false;
        }
    }

    public void undo() {
        stack.undo();
    }

    public void redo() {
        stack.redo();
    }

    /** Records that the current model is what {@code target} now holds. */
    public void markSaved(Path target) {
        file.set(Optional.of(target));
        stack.markSaved();
    }

    /** Descriptions of the undoable steps, oldest first. */
    public List<String> history() {
        return stack.history();
    }

    /** Increases with every change of the current model. */
    public long revision() {
        return stack.revision();
    }

    public ThreatModel current() {
        return stack.current();
    }

    public ReadOnlyObjectProperty<ThreatModel> modelProperty() {
        return model.getReadOnlyProperty();
    }

    /** The file the document was loaded from or last saved to; empty for a new document or a sample. */
    public ReadOnlyObjectProperty<Optional<Path>> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public Optional<Path> file() {
        return file.get();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** Whether the document differs from what its file holds (always true for an edited new document). */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    /** What Undo would revert, for example "Move 3 elements"; empty when nothing can be undone. */
    public ReadOnlyStringProperty undoDescriptionProperty() {
        return undoDescription.getReadOnlyProperty();
    }

    /** What Redo would repeat; empty when nothing can be redone. */
    public ReadOnlyStringProperty redoDescriptionProperty() {
        return redoDescription.getReadOnlyProperty();
    }

    /** Why the last command was refused by the model; empty after a successful command. */
    public ReadOnlyStringProperty lastRefusalProperty() {
        return lastRefusal.getReadOnlyProperty();
    }

    private void publish() {
        model.set(stack.current());
        canUndo.set(stack.canUndo());
        canRedo.set(stack.canRedo());
        dirty.set(stack.isDirty());
        undoDescription.set(stack.undoDescription().orElse(""));
        redoDescription.set(stack.redoDescription().orElse(""));
    }
}
