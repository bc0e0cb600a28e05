package org.threatmesh.rules;

import org.threatmesh.model.Edge;

/** A rule evaluated on each edge its {@link RuleMetadata#targets()} select. */
public interface EdgeRule extends Rule {

    /**
     * Evaluates the rule on one edge.
     *
     * @return never null; {@link Outcome.Unknown} when an unknown fact blocks the decision
     */
    Outcome evaluate(Edge edge, AnalysisContext context);
}
