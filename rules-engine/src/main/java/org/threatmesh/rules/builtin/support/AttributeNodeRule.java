package org.threatmesh.rules.builtin.support;

import java.util.List;
import java.util.function.Predicate;
import org.threatmesh.model.Node;
import org.threatmesh.model.attr.AttributeKey;
import org.threatmesh.model.attr.Fact;
import org.threatmesh.model.attr.Sensitivity;
import org.threatmesh.rules.AnalysisContext;
import org.threatmesh.rules.NodeRule;
import org.threatmesh.rules.Outcome;
import org.threatmesh.rules.RuleMetadata;

/**
 * The shape of a rule that reads one attribute of its target node: unknown blocks it, a violating value fires
 * with that attribute as evidence, anything else passes. Subclasses supply the metadata, the attribute, what
 * counts as a violation and the message.
 *
 * @param <T> the attribute's value type
 */
public abstract class AttributeNodeRule<T> implements NodeRule {

    private final RuleMetadata metadata;
    private final AttributeKey<T> key;
    private final Predicate<T> violates;

    protected AttributeNodeRule(RuleMetadata metadata, AttributeKey<T> key, Predicate<T> violates) {
        this.metadata = metadata;
        this.key = key;
        this.violates = violates;
    }

    /** The message for a violating {@code value} on {@code node}; names the node. */
    protected abstract String message(Node node, T value);

    @Override
    public final RuleMetadata metadata() {
        return metadata;
    }

    @Override
    public Outcome evaluate(Node node, AnalysisContext context) {
        Facts facts = new Facts();
        Fact<T> fact = facts.of(node, key);
        if (fact.isUnknown()) {
            return facts.unknownOutcome();
        }
        if (!violates.test(fact.value())) {
            return Outcome.PASS;
        }
        return Outcome.fire(context.rubric(metadata.severity(), context.isAtLeast(node, Sensitivity.HIGHLY_SENSITIVE),
                false), message(node, fact.value()), List.of(Evidences.of(node, key)));
    }
}
