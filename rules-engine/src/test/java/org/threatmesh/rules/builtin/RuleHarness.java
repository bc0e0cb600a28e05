package org.threatmesh.rules.builtin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.threatmesh.model.Edge;
import org.threatmesh.model.ElementId;
import org.threatmesh.model.ModelId;
import org.threatmesh.model.Node;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.TrustZone;
import org.threatmesh.rules.AnalysisContext;
import org.threatmesh.rules.EdgeRule;
import org.threatmesh.rules.Finding;
import org.threatmesh.rules.ModelRule;
import org.threatmesh.rules.NodeRule;
import org.threatmesh.rules.Outcome;
import org.threatmesh.rules.Rule;
import org.threatmesh.rules.ZoneRule;

/**
 * Evaluates one rule on every target its metadata selects, the way the evaluator does, and renders the outcomes
 * that would become findings as one line each: {@code <key> fire <severity>} or
 * {@code <key> unknown <fact>, <fact>}. Passes and not-applicable outcomes produce no line, so a test asserting
 * the exact lines asserts the exact set of finding keys, severities and blocking facts.
 */
public final class RuleHarness {

    private RuleHarness() {
    }

    /** Outcomes by element id, in id order, including passes and not-applicable ones. */
    public static Map<ElementId, Outcome> outcomes(Rule rule, ThreatModel model) {
        AnalysisContext context = new AnalysisContext(model);
        Map<ElementId, Outcome> result = new TreeMap<>();
        switch (rule.metadata().targets().type()) {
            case NODE -> {
                NodeRule nodeRule = (NodeRule) rule;
                for (Node node : model.nodes().values()) {
                    if (rule.metadata().targets().nodeKinds().contains(node.kind())) {
                        result.put(node.id(), nodeRule.evaluate(node, context));
                    }
                }
            }
            case EDGE -> {
                for (Edge edge : model.edges().values()) {
                    result.put(edge.id(), ((EdgeRule) rule).evaluate(edge, context));
                }
            }
            case ZONE -> {
                for (TrustZone zone : model.zones().values()) {
                    result.put(zone.id(), ((ZoneRule) rule).evaluate(zone, context));
                }
            }
            case MODEL -> result.put(ModelId.MODEL, ((ModelRule) rule).evaluate(context));
        }
        return result;
    }

    /** One line per outcome that would become a finding, in element id order. */
    public static List<String> run(Rule rule, ThreatModel model) {
        List<String> lines = new ArrayList<>();
        outcomes(rule, model).forEach((element, outcome) -> {
            String key = Finding.keyOf(rule.metadata().id(), element);
            if (outcome instanceof Outcome.Fire fire) {
                lines.add(key + " fire " + fire.severity().wireName());
            } else if (outcome instanceof Outcome.Unknown unknown) {
                lines.add(key + " unknown " + String.join(", ", unknown.unknowns()));
            }
        });
        return lines;
    }

    /** The firing outcome on {@code element}, for checking its message and evidence. */
    public static Outcome.Fire fired(Rule rule, ThreatModel model, String element) {
        for (Map.Entry<ElementId, Outcome> entry : outcomes(rule, model).entrySet()) {
            if (entry.getKey().value().equals(element) && entry.getValue() instanceof Outcome.Fire fire) {
                return fire;
            }
        }
        throw new AssertionError(rule.metadata().id() + " did not fire on " + element);
    }
}
