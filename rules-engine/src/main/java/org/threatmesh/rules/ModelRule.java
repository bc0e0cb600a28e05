package org.threatmesh.rules;

/** A rule evaluated once on the whole model; its findings are reported on the model element. */
public interface ModelRule extends Rule {

    /** @return never null; {@link Outcome.Unknown} when an unknown fact blocks the decision */
    Outcome evaluate(AnalysisContext context);

    @Override
    default Reach reach() {
        return Reach.GRAPH;
    }
}
