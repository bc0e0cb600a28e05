package org.threatmesh.rules;

/**
 * A check of one SP 800-204 recommendation (or 204A/B item, or advisory). One rule is one small class with
 * constant {@link #metadata()}. Implement exactly one of {@link NodeRule}, {@link EdgeRule}, {@link ZoneRule} or
 * {@link ModelRule}; the evaluator hands each rule only the targets its metadata names, and a rule reports only on
 * the target it was handed (it may read the whole model through the context).
 *
 * <p>Rules must be stateless and thread-safe; thresholds are constructor parameters with documented defaults.
 */
public interface Rule {

    RuleMetadata metadata();

    /**
     * How far the facts this rule reads reach from its target, which decides what incremental analysis must
     * re-check after an edit. Declaring too small a reach makes incremental results differ from a full run; the
     * equivalence property test catches that.
     */
    default Reach reach() {
        return Reach.ELEMENT;
    }

    /**
     * For {@link Reach#GRAPH} rules: the attributes the rule reads beyond its target's neighbourhood (the target,
     * its incident calls and the nodes at their other ends), besides the topology itself (which calls exist, node
     * kinds, zones and names). After an edit that changes none of them, incremental analysis re-checks the rule only
     * within the edited elements' neighbourhoods, as for {@link Reach#NEIGHBOURS}; otherwise on all its targets.
     * Zone and model rules have no neighbourhood, so they must declare every attribute they read off other
     * elements. Empty (the default) means "unknown": every edit re-checks the rule on all its targets. Declaring
     * too little makes incremental results differ from a full run; the equivalence property test catches that.
     */
    default java.util.Optional<java.util.Set<org.threatmesh.model.attr.AttributeKey<?>>> graphInputs() {
        return java.util.Optional.empty();
    }

    /**
     * The attribute change on the finding's element that mitigates this rule's finding, when there is one (see
     * {@link Remedy}). Empty (the default) when the fix is structural or a matter of judgement.
     */
    default java.util.Optional<Remedy> remedy() {
        return java.util.Optional.empty();
    }
}
