package org.threatmesh.rules;

import org.threatmesh.model.Node;

/** A rule evaluated on each node its {@link RuleMetadata#targets()} select. */
public interface NodeRule extends Rule {

    /**
     * Evaluates the rule on one node.
     *
     * @return never null; {@link Outcome.Unknown} when an unknown fact blocks the decision
     */
    Outcome evaluate(Node node, AnalysisContext context);
}
