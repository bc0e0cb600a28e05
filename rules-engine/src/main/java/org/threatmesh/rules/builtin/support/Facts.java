package org.threatmesh.rules.builtin.support;

import java.util.ArrayList;
import java.util.List;
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

    // Created on the first unknown: most evaluations read only known facts. Pairs, not labels: the same fact is
    // often read twice, and a label string is built only once per fact when the outcome is made.
    private List<ElementId> elements;
    private List<AttributeKey<?>> keys;

    /** A fresh collector of the unknown facts one evaluation meets. */
    public static Facts collect() {
        return new Facts();
    }

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
            add(element, key);
        }
        return fact;
    }

    private void add(ElementId element, AttributeKey<?> key) {
        if (elements == null) {
            elements = new ArrayList<>(4);
            keys = new ArrayList<>(4);
        }
        for (int i = 0; i < elements.size(); i++) {
            if (keys.get(i).name().equals(key.name()) && elements.get(i).equals(element)) {
                return;
            }
        }
        elements.add(element);
        keys.add(key);
    }

    /** Adds the unknown facts {@code other} has read, for rules that decide parts of a target separately. */
    public void include(Facts other) {
        if (other.elements != null) {
            for (int i = 0; i < other.elements.size(); i++) {
                add(other.elements.get(i), other.keys.get(i));
            }
        }
    }

    /** Whether any fact read so far was unknown. */
    public boolean anyUnknown() {
        return elements != null;
    }

    /** The unknown facts read so far, in reading order. */
    public List<String> unknowns() {
        List<String> labels = new ArrayList<>(elements == null ? 0 : elements.size());
        if (elements != null) {
            for (int i = 0; i < elements.size(); i++) {
                labels.add(AnalysisContext.unknownFact(elements.get(i), keys.get(i)));
            }
        }
        return labels;
    }

    /**
     * The outcome that names every unknown fact read so far.
     *
     * @throws IllegalStateException when every fact was known
     */
    public Outcome unknownOutcome() {
        if (elements == null) {
            throw new IllegalStateException("no unknown fact was read");
        }
        return Outcome.unknown(unknowns());
    }

    /** Same as {@link #unknownOutcome()}. */
    public Outcome unknown() {
        return unknownOutcome();
    }

    /** Unknown when something was unknown, else pass. */
    public Outcome unknownOrPass() {
        return anyUnknown() ? unknownOutcome() : Outcome.PASS;
    }

    /** A reference to a catalog rule label, for example {@code R204-4.2a}; these labels are not NIST's. */
    public static org.threatmesh.rules.Reference catalog(String label) {
        return new org.threatmesh.rules.Reference(Meta.CATALOG, label);
    }

    /** The spelling of a value in model files and messages (see {@link Evidences#wire}). */
    public static String wire(Object value) {
        return Evidences.wire(value);
    }

    /** Evidence that {@code element}'s {@code key} has the value of {@code fact} ("unknown" when unknown). */
    public static org.threatmesh.rules.Evidence evidence(ElementId element, AttributeKey<?> key, Fact<?> fact) {
        return Evidences.of(element, key, fact);
    }

    /** Evidence of a derived property, for example {@code reachable from internet = true}. */
    public static org.threatmesh.rules.Evidence evidence(ElementId element, String property, Object value) {
        return Evidences.derived(element, property, value);
    }
}
