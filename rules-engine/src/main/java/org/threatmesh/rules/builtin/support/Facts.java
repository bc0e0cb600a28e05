package org.threatmesh.rules.builtin.support;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
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

    // Pairs, not labels: the same fact is often read twice, and the outcome keeps pairs too. The first unknown is
    // held in two fields and the array created on the second: most blocked checks wait on one fact. One array of
    // (element, key) pairs rather than two arrays, and no more fields than needed: a full analysis creates a
    // collector per rule evaluation, 400,000 on the 5,000-service model, and they were a sixth of its allocation.
    private ElementId firstElement;
    private AttributeKey<?> firstKey;
    /** Element and key of fact {@code i} at {@code 2i} and {@code 2i + 1}, once there are two facts. */
    private Object[] pairs;
    private int count;

    // Whole-model rules can meet thousands of unknown facts; past a handful, duplicates are found by hashing
    // instead of a scan, which would make such a rule quadratic in the model size.
    private static final int SCAN_LIMIT = 8;
    private Set<UnknownFact> seen;

    private record UnknownFact(ElementId element, String attribute) {
    }

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
        if (count == 0) {
            firstElement = element;
            firstKey = key;
            count = 1;
            return;
        }
        if (seen != null) {
            if (!seen.add(new UnknownFact(element, key.name()))) {
                return;
            }
        } else {
            for (int i = 0; i < count; i++) {
                if (keyAt(i).name().equals(key.name()) && elementAt(i).equals(element)) {
                    return;
                }
            }
            if (count == SCAN_LIMIT) {
                seen = new HashSet<>();
                for (int i = 0; i < count; i++) {
                    seen.add(new UnknownFact(elementAt(i), keyAt(i).name()));
                }
                seen.add(new UnknownFact(element, key.name()));
            }
        }
        if (pairs == null) {
            pairs = new Object[8];
            pairs[0] = firstElement;
            pairs[1] = firstKey;
        } else if (2 * count == pairs.length) {
            pairs = Arrays.copyOf(pairs, 4 * count);
        }
        pairs[2 * count] = element;
        pairs[2 * count + 1] = key;
        count++;
    }

    private ElementId elementAt(int i) {
        return pairs == null ? firstElement : (ElementId) pairs[2 * i];
    }

    private AttributeKey<?> keyAt(int i) {
        return pairs == null ? firstKey : (AttributeKey<?>) pairs[2 * i + 1];
    }

    /** Adds the unknown facts {@code other} has read, for rules that decide parts of a target separately. */
    public void include(Facts other) {
        for (int i = 0; i < other.count; i++) {
            add(other.elementAt(i), other.keyAt(i));
        }
    }

    /** Whether any fact read so far was unknown. */
    public boolean anyUnknown() {
        return count > 0;
    }

    /** The unknown facts read so far, in reading order. */
    public List<String> unknowns() {
        List<String> labels = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            labels.add(AnalysisContext.unknownFact(elementAt(i), keyAt(i)));
        }
        return labels;
    }

    /**
     * The outcome that names every unknown fact read so far.
     *
     * @throws IllegalStateException when every fact was known
     */
    public Outcome unknownOutcome() {
        if (count == 0) {
            throw new IllegalStateException("no unknown fact was read");
        }
        // Pairs, not label strings: the labels of a full analysis were a sixth of its live result.
        return count == 1 ? Outcome.unknown(firstElement, firstKey)
                : Outcome.unknown(org.threatmesh.rules.internal.FactLabels.ofPairs(pairs, count));
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
