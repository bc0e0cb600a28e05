package org.threatmesh.rules.pack;

import org.threatmesh.model.Node;
import org.threatmesh.rules.AnalysisContext;
import org.threatmesh.rules.NodeRule;
import org.threatmesh.rules.Outcome;
import org.threatmesh.rules.RuleMetadata;

/** A pack rule on nodes; its condition sees the node, its zone and its calls (so its reach is the neighbours). */
final class CelNodeRule extends CelPackRule implements NodeRule {

    CelNodeRule(RuleMetadata metadata, CelCondition condition, String expression, String message) {
        super(metadata, condition, expression, message);
    }

    @Override
    public Outcome evaluate(Node node, AnalysisContext context) {
        return evaluate(CelViews.of(context).node(node), node.id(), node.name());
    }
}
