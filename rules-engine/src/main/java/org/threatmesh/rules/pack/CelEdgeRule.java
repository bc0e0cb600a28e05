package org.threatmesh.rules.pack;

import java.util.List;
import org.threatmesh.model.Edge;
import org.threatmesh.rules.AnalysisContext;
import org.threatmesh.rules.EdgeRule;
import org.threatmesh.rules.Evidence;
import org.threatmesh.rules.Outcome;
import org.threatmesh.rules.Reach;
import org.threatmesh.rules.RuleMetadata;

/** A pack rule on edges; its condition sees the call and its two endpoints. */
final class CelEdgeRule implements EdgeRule {

    private final RuleMetadata metadata;
    private final CelCondition condition;
    private final String expression;
    private final String message;

    CelEdgeRule(RuleMetadata metadata, CelCondition condition, String expression, String message) {
        this.metadata = metadata;
        this.condition = condition;
        this.expression = expression;
        this.message = message;
    }

    @Override
    public RuleMetadata metadata() {
        return metadata;
    }

    @Override
    public Reach reach() {
        return Reach.NEIGHBOURS;
    }

    @Override
    public Outcome evaluate(Edge edge, AnalysisContext context) {
        Outcome fire = Outcome.fire(metadata.severity(),
                message.replace("{name}", context.model().nameOf(edge.id())),
                List.of(new Evidence(edge.id().value(), "condition", expression)));
        return condition.evaluate(CelViews.of(context).edge(edge), edge.id(), metadata.id(), fire);
    }
}
