package org.threatmesh.rules;

import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.threatmesh.model.EdgeId;
import org.threatmesh.model.NodeId;

/**
 * One {@link AnalysisContext#derived derived fact} of a context: computed at most once, by the first thread to
 * ask, while the others wait; with the attribute names it depends on, so that a successor context can keep it or
 * have it {@link AnalysisContext.Refreshable refresh} itself.
 */
final class DerivedFact<T> {

    private final Set<String> inputs;
    private final Supplier<T> compute;
    /** Volatile so that the many reads after the first computation take no lock (two threads ask per element). */
    private volatile T value;

    /** @param inputs attribute names the value depends on; {@code null} when not declared */
    DerivedFact(Set<String> inputs, Supplier<T> compute) {
        this.inputs = inputs;
        this.compute = compute;
    }

    T get() {
        T known = value;
        return known != null ? known : computeOnce();
    }

    private synchronized T computeOnce() {
        if (value == null) {
            value = Objects.requireNonNull(compute.get(), "derived fact");
        }
        return value;
    }

    /**
     * For a fact that must change in a successor: a holder that refreshes this value for {@code next} when first
     * asked, if the value knows how ({@link AnalysisContext.Refreshable}); else {@code null}.
     */
    @SuppressWarnings("unchecked")
    synchronized DerivedFact<T> refreshing(AnalysisContext next, Set<NodeId> changedNodes, Set<EdgeId> changedEdges) {
        if (inputs == null || !(value instanceof AnalysisContext.Refreshable<?>)) {
            return null;
        }
        AnalysisContext.Refreshable<T> old = (AnalysisContext.Refreshable<T>) value;
        return new DerivedFact<>(inputs, () -> old.refreshed(next, changedNodes, changedEdges));
    }

    /** Whether a successor for an edit of {@code changedAttributes} may reuse this fact. */
    synchronized boolean survives(Set<String> changedAttributes) {
        if (value == null || inputs == null) {
            return false;
        }
        for (String attribute : changedAttributes) {
            if (inputs.contains(attribute)) {
                return false;
            }
        }
        return true;
    }
}
