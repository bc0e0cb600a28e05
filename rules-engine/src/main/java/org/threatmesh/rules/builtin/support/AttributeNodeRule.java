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
    private final java.util.Optional<org.threatmesh.rules.Remedy> remedy;

    protected AttributeNodeRule(RuleMetadata metadata, AttributeKey<T> key, Predicate<T> violates) {
        this(metadata, key, violates, java.util.Optional.empty());
    }

    /**
     * A rule whose finding goes away by setting {@code key} to {@code fix}, offered as its {@link #remedy()} under
     * {@code label}.
     */
    protected AttributeNodeRule(RuleMetadata metadata, AttributeKey<T> key, Predicate<T> violates, String label,
            T fix) {
        this(metadata, key, violates, java.util.Optional.of(org.threatmesh.rules.Remedy.set(label, key, fix)));
        if (violates.test(fix)) {
            throw new IllegalArgumentException("the remedy of '" + metadata.id() + "' would still violate it");
        }
    }

    private AttributeNodeRule(RuleMetadata metadata, AttributeKey<T> key, Predicate<T> violates,
            java.util.Optional<org.threatmesh.rules.Remedy> remedy) {
        this.metadata = metadata;
        this.key = key;
        this.violates = violates;
        this.remedy = remedy;
    }

    @Override
    public java.util.Optional<org.threatmesh.rules.Remedy> remedy() {
        return remedy;
    }

    /** The message for a violating {@code value} on {@code node}; names the node. */
    protected abstract String message(Node node, T value);

    @Override
    public final RuleMetadata metadata() {
        return metadata;
    }

    @Override
    public Outcome evaluate(Node node, AnalysisContext context) {
        Facts facts = Facts.collect();
        Fact<T> fact = facts.of(node, key);
        if (fact.isUnknown()) {
            return facts.unknownOutcome();
        }
        if (!violates.test(fact.value())) {
            return Outcome.PASS;
        }
        return Outcome.fire(context.rubric(metadata.severity(), context.isAtLeast(node, Sensitivity.HIGHLY_SENSITIVE),
                false), () -> message(node, fact.value()), List.of(Evidences.of(node, key)));
    }
}
