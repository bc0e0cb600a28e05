package org.threatmesh.model.edit;

import java.util.Optional;
import org.threatmesh.model.ThreatModel;

/**
 * One user-visible change to a model: a pure function from the current snapshot to the next. Commands hold no
 * references to snapshots, so undo restores the previous snapshot instead of running a hand-written inverse.
 */
public interface Command {

    /** What the change does, for the Edit menu ("Undo Move 3 elements"). */
    String description();

    /**
     * Computes the next snapshot.
     *
     * @throws IllegalArgumentException when the change cannot be made to {@code model} (for example the target
     *                                  was deleted); the stack then refuses the command and keeps the model
     */
    ThreatModel apply(ThreatModel model);

    /**
     * Folds {@code next}, which is about to be pushed right after this command, into one command, so that a burst
     * of small edits (keystrokes in one field, arrow-key nudges) undoes in one step.
     *
     * @return the merged command, or empty when the two must stay separate steps
     */
    default Optional<Command> mergeWith(Command next) {
        return Optional.empty();
    }
}
