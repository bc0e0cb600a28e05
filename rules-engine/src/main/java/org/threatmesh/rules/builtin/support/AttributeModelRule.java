package org.threatmesh.rules.builtin.support;

import java.util.List;
import java.util.function.Predicate;
import org.threatmesh.model.attr.AttributeKey;
import org.threatmesh.model.attr.Fact;
import org.threatmesh.rules.AnalysisContext;
import org.threatmesh.rules.ModelRule;
import org.threatmesh.rules.Outcome;
import org.threatmesh.rules.RuleMetadata;

/**
 * The shape of a rule that reads one model-wide attribute: unknown blocks it, a violating value fires with that
 * attribute as evidence, anything else passes. A model with no deployed workload has no platform to check, so the
 * rule does not apply to it.
 *
 * @param <T> the attribute's value type
 */
public abstract class AttributeModelRule<T> implements ModelRule {

    private final RuleMetadata metadata;
    private final AttributeKey<T> key;
    private final Predicate<T> violates;
    private final String message;

    /** @param message the finding's message when the value violates the rule */
    protected AttributeModelRule(RuleMetadata metadata, AttributeKey<T> key, Predicate<T> violates, String message) {
        this.metadata = metadata;
        this.key = key;
        this.violates = violates;
        this.message = message;
    }

    @Override
    public final RuleMetadata metadata() {
        return metadata;
    }

    @Override
    public java.util.Optional<java.util.Set<org.threatmesh.model.attr.AttributeKey<?>>> graphInputs() {
        return java.util.Optional.of(java.util.Set.of());
    }

    @Override
    public Outcome evaluate(AnalysisContext context) {
        if (context.model().nodes().values().stream().noneMatch(node -> node.kind().isWorkload())) {
            return Outcome.NOT_APPLICABLE;
        }
        Facts facts = Facts.collect();
        Fact<T> fact = facts.of(context.model(), key);
        if (fact.isUnknown()) {
            return facts.unknownOutcome();
        }
        if (!violates.test(fact.value())) {
            return Outcome.PASS;
        }
        return Outcome.fire(metadata.severity(), message, List.of(Evidences.of(context.model(), key)));
    }
}
