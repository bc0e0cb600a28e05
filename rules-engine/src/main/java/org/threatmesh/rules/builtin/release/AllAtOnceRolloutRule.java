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

/** R204-9.2: a multi-version service whose new version gets all traffic in one step. */
public final class AllAtOnceRolloutRule implements NodeRule {

    private static final RuleMetadata METADATA = Meta.rule("all-at-once-rollout")
            .title("New version receives all traffic at once")
            .rationale("Switching all traffic in one step exposes every client to an untested version at once; "
                    + "SP 800-204 asks for a progressive ramp paced by usage monitoring of the current version.")
            .remediation("Ramp traffic to the new version in steps, with the pace set by monitoring.")
            .severity(Severity.LOW, "release-process hygiene")
            .stride(Stride.T, Stride.D)
            .strategies(Strategy.MS_SS_9)
            .nist("MS-SS-9#2")
            .catalog("R204-9.2")
            .targets(Targets.nodes(NodeKind.SERVICE))
            .artefacts("Flagger analysis.stepWeight", "Argo Rollouts steps")
            .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public Outcome evaluate(Node node, AnalysisContext context) {
        Facts facts = Facts.collect();
        Fact<List<ServiceVersion>> versions = Versions.multiple(node, facts);
        if (versions.matches(List::isEmpty)) {
            return Outcome.NOT_APPLICABLE;
        }
        Fact<RolloutStrategy> rollout = facts.of(node, WorkloadAttributes.ROLLOUT);
        if (rollout.is(RolloutStrategy.STEPPED)) {
            return Outcome.PASS;
        }
        if (facts.anyUnknown()) {
            return facts.unknownOutcome();
        }
        return Outcome.fire(Severities.forNode(METADATA, node, context), () -> "New versions of " + node.name() + " receive all traffic at once",
                List.of(Evidences.of(node, WorkloadAttributes.VERSIONS), Evidences.of(node, WorkloadAttributes.ROLLOUT)));
    }
}
