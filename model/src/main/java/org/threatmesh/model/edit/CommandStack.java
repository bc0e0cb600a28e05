package org.threatmesh.model.edit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.threatmesh.model.ThreatModel;

/**
 * The only way to change the current model: commands are executed as they are pushed, and undo and redo restore
 * snapshots. Not thread-safe: use it from one thread (the UI thread in the editor).
 *
 * <ul>
 *   <li>A command whose result equals the current model is a no-op and never reaches the history.</li>
 *   <li>Pushing clears the redo history.</li>
 *   <li>A pushed command merges into the previous one when {@link Command#mergeWith} allows and the previous step
 *       is not the save point, so a saved state can always be returned to.</li>
 *   <li>Listeners may not push, undo or redo while being notified; that throws {@link IllegalStateException}.</li>
 *   <li>The history is bounded; the oldest steps are dropped first.</li>
 * </ul>
 */
public final class CommandStack {

    /** Default number of undo steps kept. */
    public static final int DEFAULT_LIMIT = 500;

    private record Step(Command command, ThreatModel before, ThreatModel after) {
    }

    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    private final List<CommandStackListener> listeners = new CopyOnWriteArrayList<>();
    private final int limit;
    private ThreatModel current;
    private ThreatModel savedModel;
    private boolean savePointReachable = true;
    private long revision;
    private boolean busy;

    public CommandStack(ThreatModel initial) {
        this(initial, DEFAULT_LIMIT);
    }

    public CommandStack(ThreatModel initial, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
        this.current = Objects.requireNonNull(initial);
        this.savedModel = initial;
        this.limit = limit;
    }

    public ThreatModel current() {
        return current;
    }

    /** Increases with every change of the current model; lets caches tell snapshots apart cheaply. */
    public long revision() {
        return revision;
    }

    /**
     * Executes {@code command} and records it.
     *
     * @return true when the model changed; false for a no-op
     * @throws IllegalArgumentException when the command cannot be applied; the model is unchanged
     */
    public boolean execute(Command command) {
        Objects.requireNonNull(command, "command");
        return guarded(() -> {
            ThreatModel before = current;
            ThreatModel after = command.apply(before);
            if (after.equals(before)) {
                return false;
            }
            Step previous = undo.peekLast();
            Optional<Command> merged = previous == null || previous.after() == savedModel
                    ? Optional.empty() : previous.command().mergeWith(command);
            if (merged.isPresent()) {
                undo.removeLast();
                undo.addLast(new Step(merged.get(), previous.before(), after));
            } else {
                undo.addLast(new Step(command, before, after));
                if (undo.size() > limit) {
                    Step dropped = undo.removeFirst();
                    if (dropped.before() == savedModel) {
                        savePointReachable = false;
                    }
                }
            }
            if (!redo.isEmpty() && redo.stream().anyMatch(step -> step.after() == savedModel)) {
                savePointReachable = false;
            }
            redo.clear();
            change(before, after);
            return true;
        });
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** The description of the step {@link #undo()} would revert. */
    public Optional<String> undoDescription() {
        return Optional.ofNullable(undo.peekLast()).map(step -> step.command().description());
    }

    /** The description of the step {@link #redo()} would repeat. */
    public Optional<String> redoDescription() {
        return Optional.ofNullable(redo.peekLast()).map(step -> step.command().description());
    }

    /** Reverts the last step. Does nothing when there is none. */
    public void undo() {
        guarded(() -> {
            Step step = undo.pollLast();
            if (step != null) {
                redo.addLast(step);
                change(step.after(), step.before());
            }
            return null;
        });
    }

    /** Repeats the last undone step. Does nothing when there is none. */
    public void redo() {
        guarded(() -> {
            Step step = redo.pollLast();
            if (step != null) {
                undo.addLast(step);
                change(step.before(), step.after());
            }
            return null;
        });
    }

    /** Marks the current model as saved. */
    public void markSaved() {
        guarded(() -> {
            savedModel = current;
            savePointReachable = true;
            notifyListeners(current, current);
            return null;
        });
    }

    /** Whether the current model differs from the last saved one. */
    public boolean isDirty() {
        return !(savePointReachable && current == savedModel);
    }

    /** Descriptions of the undoable steps, oldest first. */
    public List<String> history() {
        List<String> result = new ArrayList<>();
        undo.forEach(step -> result.add(step.command().description()));
        return result;
    }

    public void addListener(CommandStackListener listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    public void removeListener(CommandStackListener listener) {
        listeners.remove(listener);
    }

    private void change(ThreatModel before, ThreatModel after) {
        current = after;
        revision++;
        notifyListeners(before, after);
    }

    private void notifyListeners(ThreatModel before, ThreatModel after) {
        for (CommandStackListener listener : listeners) {
            listener.stackChanged(before, after);
        }
    }

    private <R> R guarded(java.util.function.Supplier<R> action) {
        if (busy) {
            throw new IllegalStateException("the command stack cannot be changed while it is notifying listeners");
        }
        busy = true;
        try {
            return action.get();
        } finally {
            busy = false;
        }
    }
}
