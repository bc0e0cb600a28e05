package org.threatmesh.rules.pack;

import org.threatmesh.model.Edge;
import org.threatmesh.rules.AnalysisContext;
import org.threatmesh.rules.EdgeRule;
import org.threatmesh.rules.Outcome;
import org.threatmesh.rules.RuleMetadata;

/** A pack rule on edges; its condition sees the call and its two endpoints. */
final class CelEdgeRule extends CelPackRule implements EdgeRule {

    CelEdgeRule(RuleMetadata metadata, CelCondition condition, String expression, String message) {
        super(metadata, condition, expression, message);
    }

    @Override
    public Outcome evaluate(Edge edge, AnalysisContext context) {
        return evaluate(CelViews.of(context).edge(edge), edge.id(), context.model().nameOf(edge.id()));
    }
}
