package org.threatmesh.rules.engine;

import java.util.List;
import org.threatmesh.model.EdgeId;
import org.threatmesh.model.ElementId;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeId;
import org.threatmesh.model.ZoneId;
import org.threatmesh.rules.AnalysisContext;
import org.threatmesh.rules.EdgeRule;
import org.threatmesh.rules.ModelRule;
import org.threatmesh.rules.NodeRule;
import org.threatmesh.rules.Outcome;
import org.threatmesh.rules.Rule;
import org.threatmesh.rules.ZoneRule;
import org.threatmesh.rules.builtin.support.Facts;
import org.threatmesh.rules.internal.CallName;

/** Evaluates rules on elements of one snapshot; the single place that dispatches on the rule's interface. */
final class Evaluations {

    private final RuleIndex rules;
    private final AnalysisContext context;

    Evaluations(RuleIndex rules, AnalysisContext context) {
        this.rules = rules;
        this.context = context;
    }

    AnalysisContext context() {
        return context;
    }

    /** The rule indices that target {@code element} in this snapshot; empty when the element does not exist. */
    List<Integer> rulesFor(ElementId element) {
        return switch (element.type()) {
            case NODE -> {
                Node node = context.node((NodeId) element);
                yield node == null ? List.of() : rules.forNodeKind(node.kind());
            }
            case EDGE -> context.edge((EdgeId) element) != null
                    ? rules.forType(org.threatmesh.model.ElementType.EDGE) : List.of();
            case ZONE -> context.zone((ZoneId) element) != null
                    ? rules.forType(org.threatmesh.model.ElementType.ZONE) : List.of();
            case MODEL -> rules.forType(org.threatmesh.model.ElementType.MODEL);
        };
    }

    /** Evaluates rule {@code index} on {@code element}, which must exist and be one of the rule's targets. */
    Outcome evaluate(int index, ElementId element) {
        return evaluate(index, element, resolve(element));
    }

    /** Whether the element exists in this snapshot; constant time. */
    boolean exists(ElementId element) {
        return element.type() == org.threatmesh.model.ElementType.MODEL || resolve(element) != null;
    }

    /** The node, edge or zone with this id (the context itself for the model element); null when absent. */
    Object resolve(ElementId element) {
        return switch (element.type()) {
            case NODE -> context.node((NodeId) element);
            case EDGE -> context.edge((EdgeId) element);
            case ZONE -> context.zone((ZoneId) element);
            case MODEL -> context;
        };
    }

    /** Evaluates rule {@code index} on an already resolved element (see {@link #resolve}). */
    Outcome evaluate(int index, ElementId element, Object target) {
        Rule rule = rules.get(index);
        try {
            Outcome outcome = switch (element.type()) {
                case NODE -> ((NodeRule) rule).evaluate((org.threatmesh.model.Node) target, context);
                case EDGE -> ((EdgeRule) rule).evaluate((org.threatmesh.model.Edge) target, context);
                case ZONE -> ((ZoneRule) rule).evaluate((org.threatmesh.model.TrustZone) target, context);
                case MODEL -> ((ModelRule) rule).evaluate(context);
            };
            if (outcome == null) {
                throw new IllegalStateException("returned no outcome");
            }
            return outcome;
        } catch (RuntimeException e) {
            throw new IllegalStateException("rule '" + rule.metadata().id() + "' failed on '" + element.value() + "': "
                    + e.getMessage(), e);
        }
    }

    /** A fresh outcome array for {@code element} with every targeting rule evaluated. */
    Outcome[] evaluateAll(ElementId element) {
        return evaluateAll(element, resolve(element));
    }

    /** Like {@link #evaluateAll(ElementId)} for an element already resolved. */
    Outcome[] evaluateAll(ElementId element, Object target) {
        Outcome[] outcomes = new Outcome[rules.size()];
        try (Facts.Scope reuse = Facts.reusing()) {
            for (int index : indicesFor(element, target)) {
                outcomes[index] = evaluate(index, element, target);
                reuse.nextEvaluation();
            }
        }
        return outcomes;
    }

    /**
     * Puts the outcomes of the rules targeting a resolved element in {@code outcomes}, from 0 in the order of
     * {@link #indicesFor}: the compact layout of {@link ElementResult}, with no slot for rules that do not apply.
     * The array is the caller's working space (an element's result keeps codes, not outcomes), so it must have room
     * for every rule; returns it.
     */
    Outcome[] evaluateTargeted(ElementId element, Object target, Outcome[] outcomes) {
        int[] indices = indicesFor(element, target);
        // The rules' fact collectors are reused from rule to rule (see Facts#reusing): none outlives its rule.
        try (Facts.Scope reuse = Facts.reusing()) {
            for (int k = 0; k < indices.length; k++) {
                outcomes[k] = evaluate(indices[k], element, target);
                reuse.nextEvaluation();
            }
        }
        return outcomes;
    }

    /** The indices of the rules targeting a resolved element, ascending; not to be modified. */
    int[] indicesFor(ElementId element, Object target) {
        return element.type() == org.threatmesh.model.ElementType.NODE
                ? rules.arrayForNodeKind(((Node) target).kind()) : rules.arrayForType(element.type());
    }

    /** The rule slot of each rule index in the layout of {@link #indicesFor}; not to be modified. */
    int[] slotsFor(ElementId element, Object target) {
        return element.type() == org.threatmesh.model.ElementType.NODE
                ? rules.slotsForNodeKind(((Node) target).kind()) : rules.slotsForType(element.type());
    }

    /**
     * The display name of a resolved element: its {@code toString()} is exactly what {@code ThreatModel.nameOf}
     * gives. An unnamed call's is built when read (see {@link CallName}).
     */
    CharSequence nameOf(ElementId element, Object target) {
        return switch (element.type()) {
            case NODE -> ((Node) target).name();
            case EDGE -> {
                org.threatmesh.model.Edge edge = (org.threatmesh.model.Edge) target;
                // The call's ends are kept by the call's identity: one probe instead of two node lookups by id.
                yield edge.name().isEmpty() ? new CallName(context.source(edge), context.target(edge)) : edge.name();
            }
            case ZONE -> ((org.threatmesh.model.TrustZone) target).name();
            case MODEL -> context.model().info().name();
        };
    }
}
