package org.threatmesh.rules.engine;

import java.util.List;
import org.threatmesh.model.EdgeId;
import org.threatmesh.model.ElementId;
import org.threatmesh.model.ModelId;
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
                Node node = context.model().nodes().get((NodeId) element);
                yield node == null ? List.of() : rules.forNodeKind(node.kind());
            }
            case EDGE -> context.model().edges().containsKey((EdgeId) element)
                    ? rules.forType(org.threatmesh.model.ElementType.EDGE) : List.of();
            case ZONE -> context.model().zones().containsKey((ZoneId) element)
                    ? rules.forType(org.threatmesh.model.ElementType.ZONE) : List.of();
            case MODEL -> rules.forType(org.threatmesh.model.ElementType.MODEL);
        };
    }

    /** Evaluates rule {@code index} on {@code element}, which must exist and be one of the rule's targets. */
    Outcome evaluate(int index, ElementId element) {
        Rule rule = rules.get(index);
        try {
            Outcome outcome = switch (element.type()) {
                case NODE -> ((NodeRule) rule).evaluate(context.model().nodes().get((NodeId) element), context);
                case EDGE -> ((EdgeRule) rule).evaluate(context.model().edges().get((EdgeId) element), context);
                case ZONE -> ((ZoneRule) rule).evaluate(context.model().zones().get((ZoneId) element), context);
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
        Outcome[] outcomes = new Outcome[rules.size()];
        for (int index : rulesFor(element)) {
            outcomes[index] = evaluate(index, element);
        }
        return outcomes;
    }

    static List<ElementId> elementsOf(org.threatmesh.model.ThreatModel model) {
        List<ElementId> all = new java.util.ArrayList<>(
                model.nodes().size() + model.edges().size() + model.zones().size() + 1);
        all.addAll(model.nodes().keySet());
        all.addAll(model.edges().keySet());
        all.addAll(model.zones().keySet());
        all.add(ModelId.MODEL);
        return all;
    }

}
