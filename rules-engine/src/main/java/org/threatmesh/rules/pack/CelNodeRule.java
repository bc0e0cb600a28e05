package org.threatmesh.rules.pack;

import java.util.List;
import org.threatmesh.model.Node;
import org.threatmesh.rules.AnalysisContext;
import org.threatmesh.rules.Evidence;
import org.threatmesh.rules.NodeRule;
import org.threatmesh.rules.Outcome;
import org.threatmesh.rules.Reach;
import org.threatmesh.rules.RuleMetadata;

/** A pack rule on nodes; its condition sees the node, its zone and its calls (so its reach is the neighbours). */
final class CelNodeRule implements NodeRule {

    private final RuleMetadata metadata;
    private final CelCondition condition;
    private final String expression;
    private final String message;

    CelNodeRule(RuleMetadata metadata, CelCondition condition, String expression, String message) {
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
    public Outcome evaluate(Node node, AnalysisContext context) {
        Outcome fire = Outcome.fire(metadata.severity(), message.replace("{name}", node.name()),
                List.of(new Evidence(node.id().value(), "condition", expression)));
        return condition.evaluate(CelViews.of(context).node(node), node.id(), metadata.id(), fire);
    }
}
