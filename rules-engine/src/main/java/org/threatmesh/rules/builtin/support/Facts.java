package org.threatmesh.rules.builtin.support;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.threatmesh.model.Edge;
import org.threatmesh.model.ElementId;
import org.threatmesh.model.ModelId;
import org.threatmesh.model.Node;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.TrustZone;
import org.threatmesh.model.attr.AttributeKey;
import org.threatmesh.model.attr.Fact;
import org.threatmesh.rules.AnalysisContext;
import org.threatmesh.rules.Outcome;

/**
 * Reads facts for one rule evaluation and remembers every unknown one, so that a rule which cannot decide can name
 * all the facts that block it in one {@link Outcome.Unknown}. Not thread-safe: create one per evaluation.
 */
public final class Facts {

    // Created on the first unknown: most evaluations read only known facts.
    private Set<String> unknowns;

    public <T> Fact<T> of(Node node, AttributeKey<T> key) {
        return track(node.id(), key, node.get(key));
    }

    public <T> Fact<T> of(Edge edge, AttributeKey<T> key) {
        return track(edge.id(), key, edge.get(key));
    }

    public <T> Fact<T> of(TrustZone zone, AttributeKey<T> key) {
        return track(zone.id(), key, zone.get(key));
    }

    public <T> Fact<T> of(ThreatModel model, AttributeKey<T> key) {
        return track(ModelId.MODEL, key, model.get(key));
    }

    /** Records {@code fact} as read from {@code element}; an unknown fact is remembered as blocking. */
    public <T> Fact<T> track(ElementId element, AttributeKey<?> key, Fact<T> fact) {
        if (fact.isUnknown()) {
            if (unknowns == null) {
                unknowns = new LinkedHashSet<>(4);
            }
            unknowns.add(AnalysisContext.unknownFact(element, key));
        }
        return fact;
    }

    /** Adds the unknown facts {@code other} has read, for rules that decide parts of a target separately. */
    public void include(Facts other) {
        if (other.unknowns != null) {
            if (unknowns == null) {
                unknowns = new LinkedHashSet<>(other.unknowns);
            } else {
                unknowns.addAll(other.unknowns);
            }
        }
    }

    /** Whether any fact read so far was unknown. */
    public boolean anyUnknown() {
        return unknowns != null;
    }

    /** The unknown facts read so far, in reading order. */
    public List<String> unknowns() {
        return unknowns == null ? new ArrayList<>() : new ArrayList<>(unknowns);
    }

    /**
     * The outcome that names every unknown fact read so far.
     *
     * @throws IllegalStateException when every fact was known
     */
    public Outcome unknownOutcome() {
        if (unknowns == null) {
            throw new IllegalStateException("no unknown fact was read");
        }
        return Outcome.unknown(List.copyOf(unknowns));
    }
}
