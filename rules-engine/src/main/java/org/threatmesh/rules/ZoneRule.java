package org.threatmesh.rules;

import org.threatmesh.model.TrustZone;

/** A rule evaluated on each zone its {@link RuleMetadata#targets()} select. */
public interface ZoneRule extends Rule {

    /**
     * Evaluates the rule on one zone.
     *
     * @return never null; {@link Outcome.Unknown} when an unknown fact blocks the decision
     */
    Outcome evaluate(TrustZone zone, AnalysisContext context);
}
