package org.threatmesh.rules.builtin.meshdeploy;

import java.util.List;
import org.threatmesh.model.Edge;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.attr.Fact;
import org.threatmesh.model.attr.WorkloadAttributes;
import org.threatmesh.rules.AnalysisContext;
import org.threatmesh.rules.EdgeRule;
import org.threatmesh.rules.Outcome;
import org.threatmesh.rules.Reach;
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

/** SP 800-204A SM-DR10: an in-mesh workload calls an external service directly instead of through an egress proxy. */
public final class EgressGatewayBypassRule implements EdgeRule {

    private static final RuleMetadata METADATA = Meta.rule("external-call-bypasses-egress-gateway")
            .title("External call bypasses the egress gateway")
            .rationale("Egress proxies are where access and availability policy for external calls is enforced and "
                    + "observed; a workload calling out directly escapes both. SP 800-204A asks egress proxies to "
                    + "mediate all external access.")
            .remediation("Route the call through the egress gateway and allow internet egress only from the egress "
                    + "gateway's pods.")
            .severity(Severity.MEDIUM, "unmediated external access")
            .stride(Stride.I, Stride.E)
            .reference(Reference.SP800_204A, "SM-DR10")
            .targets(Targets.edges())
            .artefacts("Istio egress gateway with AuthorizationPolicy",
                    "Kubernetes NetworkPolicy allowing internet egress only from egress pods")
            .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public Reach reach() {
        return Reach.NEIGHBOURS;
    }

    @Override
    public Outcome evaluate(Edge edge, AnalysisContext context) {
        Node source = context.source(edge);
        if (context.targetKind(edge) != NodeKind.EXTERNAL_SERVICE || context.sourceKind(edge) == NodeKind.EGRESS_GATEWAY) {
            return Outcome.NOT_APPLICABLE;
        }
        Facts facts = Facts.collect();
        Fact<Boolean> inMesh = facts.track(source.id(), WorkloadAttributes.MESH_MODE,
                Topology.inMesh(source, context));
        if (inMesh.isUnknown()) {
            return facts.unknownOutcome();
        }
        if (!inMesh.value()) {
            return Outcome.NOT_APPLICABLE;
        }
        // Resolved here so that the message, built when read, does not keep the context alive.
        Node msgFrom = context.source(edge);
        Node msgTo = context.target(edge);
        return Outcome.fire(Severities.forEdge(METADATA, edge, context), () -> Topology.calls(msgFrom, msgTo) + " bypass the egress gateway",
                List.of(Evidences.derived(source.id(), "in mesh", true),
                        Evidences.derived(edge.id(), "via egress gateway", false)));
    }
}
