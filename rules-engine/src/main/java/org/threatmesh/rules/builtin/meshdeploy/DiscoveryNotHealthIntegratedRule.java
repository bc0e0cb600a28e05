package org.threatmesh.rules.builtin.meshdeploy;

import java.util.List;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.attr.Fact;
import org.threatmesh.model.attr.WorkloadAttributes;
import org.threatmesh.rules.AnalysisContext;
import org.threatmesh.rules.NodeRule;
import org.threatmesh.rules.Outcome;
import org.threatmesh.rules.Reference;
import org.threatmesh.rules.RuleMetadata;
import org.threatmesh.rules.Severity;
import org.threatmesh.rules.Stride;
import org.threatmesh.rules.Targets;
import org.threatmesh.rules.builtin.support.Evidences;
import org.threatmesh.rules.builtin.support.Facts;
import org.threatmesh.rules.builtin.support.Meta;
import org.threatmesh.rules.builtin.support.Severities;
import org.threatmesh.rules.builtin.support.Topology;

/**
 * SP 800-204A SM-DR26: an in-mesh service registered without a health check, whatever the registration style
 * (R204-3.6 covers third-party registrars outside the mesh).
 */
public final class DiscoveryNotHealthIntegratedRule implements NodeRule {

    private static final RuleMetadata METADATA = Meta.rule("mesh-discovery-not-health-gated")
            .title("Mesh discovery not integrated with health checks")
            .rationale("If discovery lists instances regardless of health, the proxies balance load onto dead or "
                    + "rogue instances; SP 800-204A asks for health checking integrated with service discovery so "
                    + "that load-balancing data stays accurate.")
            .remediation("Gate endpoint registration on readiness and add outlier detection in the proxies.")
            .severity(Severity.MEDIUM, "traffic sent to unhealthy or rogue instances")
            .stride(Stride.D, Stride.T)
            .reference(Reference.SP800_204A, "SM-DR26")
            .targets(Targets.nodes(NodeKind.SERVICE))
            .artefacts("Kubernetes readinessProbe", "Istio DestinationRule outlierDetection")
            .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public Outcome evaluate(Node node, AnalysisContext context) {
        Facts facts = Facts.collect();
        Fact<Boolean> inMesh = facts.track(node.id(), WorkloadAttributes.MESH_MODE, Topology.inMesh(node, context));
        if (inMesh.is(false)) {
            return Outcome.NOT_APPLICABLE;
        }
        Fact<Boolean> gated = facts.of(node, WorkloadAttributes.REGISTRATION_HEALTH_GATED);
        if (gated.is(true)) {
            return Outcome.PASS;
        }
        if (facts.anyUnknown()) {
            return facts.unknownOutcome();
        }
        return Outcome.fire(Severities.forNode(METADATA, node, context), () -> node.name() + " is discovered by the mesh without a health check",
                List.of(Evidences.of(node, WorkloadAttributes.MESH_MODE),
                        Evidences.of(node, WorkloadAttributes.REGISTRATION_HEALTH_GATED)));
    }
}
