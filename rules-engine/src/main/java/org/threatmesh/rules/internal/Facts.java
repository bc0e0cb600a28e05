package org.threatmesh.rules.internal;

import java.util.ArrayList;
import java.util.List;
import org.threatmesh.model.ElementId;
import org.threatmesh.model.attr.AttributeKey;
import org.threatmesh.model.attr.Fact;
import org.threatmesh.model.attr.WireEnum;
import org.threatmesh.rules.AnalysisContext;
import org.threatmesh.rules.Evidence;
import org.threatmesh.rules.Outcome;

/** Small helpers shared by built-in rules: wire spellings, evidence and the collection of unknown facts. */
public final class Facts {

    // Created on the first unknown: most evaluations read only known facts.
    private List<String> unknowns;

    /** A fresh collector of the unknown facts one evaluation meets. */
    public static Facts collect() {
        return new Facts();
    }

    /** Records {@code fact} as blocking when it is unknown; returns it unchanged. */
    public <T> Fact<T> track(ElementId element, AttributeKey<T> key, Fact<T> fact) {
        if (fact.isUnknown()) {
            String label = AnalysisContext.unknownFact(element, key);
            if (unknowns == null) {
                unknowns = new ArrayList<>(4);
            }
            if (!unknowns.contains(label)) {
                unknowns.add(label);
            }
        }
        return fact;
    }

    public boolean anyUnknown() {
        return unknowns != null;
    }

    /** The unknown outcome naming every tracked unknown fact; only valid when {@link #anyUnknown()}. */
    public Outcome unknown() {
        return Outcome.unknown(unknowns);
    }

    /** Unknown when something was unknown, else pass. */
    public Outcome unknownOrPass() {
        return anyUnknown() ? unknown() : Outcome.PASS;
    }

    /** Source name of references into the project's SP 800-204 rule catalog (labels such as R204-4.2a). */
    public static final String CATALOG = "ThreatMesh SP 800-204 catalog";

    /** A reference to a catalog rule label, for example {@code R204-4.2a}; these labels are not NIST's. */
    public static org.threatmesh.rules.Reference catalog(String label) {
        return new org.threatmesh.rules.Reference(CATALOG, label);
    }

    /** The spelling of a value in model files and messages. */
    public static String wire(Object value) {
        if (value instanceof WireEnum wireEnum) {
            return wireEnum.wireName();
        }
        return String.valueOf(value);
    }

    /** Evidence that {@code element}'s {@code key} has the known value of {@code fact}. */
    public static Evidence evidence(ElementId element, AttributeKey<?> key, Fact<?> fact) {
        return new Evidence(element.value(), key.name(), fact.isKnown() ? wire(fact.value()) : "unknown");
    }

    /** Evidence of a derived property, for example {@code reachable from internet = true}. */
    public static Evidence evidence(ElementId element, String property, Object value) {
        return new Evidence(element.value(), property, wire(value));
    }
}
