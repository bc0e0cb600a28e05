package org.threatmesh.app.findings;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.threatmesh.model.ElementId;
import org.threatmesh.rules.engine.AnalysisResult;

/**
 * Which elements a view must derive again: those whose findings changed between the result the view last applied
 * and the newest result, accumulated over results whose derivation was superseded before it was applied. Becomes
 * "everything" after a result not derived incrementally from the one before it, and whenever the view says its own
 * criteria changed ({@link #invalidateAll()}). Toolkit-free; use from one thread.
 */
final class ChangeScope {

    private AnalysisResult seen;
    // Null: everything.
    private Set<ElementId> elements;

    /**
     * Moves to {@code result}.
     *
     * @return the elements whose findings may differ from the last applied state; empty when that is unknown, so
     *         the view must derive everything
     */
    Optional<Set<ElementId>> advanceTo(AnalysisResult result) {
        Optional<Set<ElementId>> step = seen == null ? Optional.empty() : result.changedSince(seen);
        seen = result;
        if (elements != null && step.isPresent()) {
            elements.addAll(step.get());
        } else {
            elements = null;
        }
        return elements == null ? Optional.empty() : Optional.of(Set.copyOf(elements));
    }

    /** The view's criteria changed: the next derivation covers everything. */
    void invalidateAll() {
        elements = null;
    }

    /** The derivation of the newest result was applied: later changes count from here. */
    void applied() {
        elements = new HashSet<>();
    }
}
