package org.threatmesh.rules.builtin.release;

import java.util.List;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.attr.Fact;
import org.threatmesh.model.attr.RolloutStrategy;
import org.threatmesh.model.attr.ServiceVersion;
import org.threatmesh.model.attr.WorkloadAttributes;
import org.threatmesh.rules.AnalysisContext;
import org.threatmesh.rules.NodeRule;
import org.threatmesh.rules.Outcome;
import org.threatmesh.rules.RuleMetadata;
import org.threatmesh.rules.Severity;
import org.threatmesh.rules.Strategy;
import org.threatmesh.rules.Stride;
import org.threatmesh.rules.Targets;
import org.threatmesh.rules.builtin.support.Evidences;
import org.threatmesh.rules.builtin.support.Facts;
import org.threatmesh.rules.builtin.support.Meta;
import org.threatmesh.rules.builtin.support.Severities;

/** R204-9.3: a progressive rollout whose promotion is not gated on the new version's metrics. */
public final class UngatedPromotionRule implements NodeRule {

    private static final RuleMetadata METADATA = Meta.rule("ungated-canary-promotion")
            .title("Canary promotion not gated on metrics")
            .rationale("A stepped rollout that advances on a timer promotes a faulty or compromised version just as "
                    + "readily as a good one; SP 800-204 lets the new version's performance and functional "
                    + "correctness decide the ramp.")
            .remediation("Gate each promotion step on error rate, latency and functional checks, with automatic "
                    + "rollback.")
            .severity(Severity.LOW, "release-process item; the rollout is already progressive")
            .stride(Stride.T, Stride.D)
            .strategies(Strategy.MS_SS_9)
            .nist("MS-SS-9#3")
            .catalog("R204-9.3")
            .targets(Targets.nodes(NodeKind.SERVICE))
            .artefacts("Flagger metric templates", "Argo Rollouts AnalysisTemplate")
            .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public Outcome evaluate(Node node, AnalysisContext context) {
        Facts facts = Facts.collect();
        Fact<List<ServiceVersion>> versions = Versions.multiple(node, facts);
        Fact<RolloutStrategy> rollout = facts.of(node, WorkloadAttributes.ROLLOUT);
        if (versions.matches(List::isEmpty) || rollout.is(RolloutStrategy.ALL_AT_ONCE)) {
            return Outcome.NOT_APPLICABLE;
        }
        Fact<Boolean> gated = facts.of(node, WorkloadAttributes.ROLLOUT_METRICS_GATED);
        if (gated.is(true)) {
            return Outcome.PASS;
        }
        if (facts.anyUnknown()) {
            return facts.unknownOutcome();
        }
        return Outcome.fire(Severities.forNode(METADATA, node, context), () -> "Rollouts of " + node.name() + " advance without metric gates",
                List.of(Evidences.of(node, WorkloadAttributes.ROLLOUT),
                        Evidences.of(node, WorkloadAttributes.ROLLOUT_METRICS_GATED)));
    }
}
