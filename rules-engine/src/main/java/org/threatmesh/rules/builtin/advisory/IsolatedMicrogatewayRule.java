package org.threatmesh.rules.builtin.advisory;

import java.util.ArrayList;
import java.util.List;
import org.threatmesh.model.Edge;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.attr.Fact;
import org.threatmesh.model.attr.GatewayAttributes;
import org.threatmesh.model.attr.GatewayTier;
import org.threatmesh.rules.AnalysisContext;
import org.threatmesh.rules.NodeRule;
import org.threatmesh.rules.Outcome;
import org.threatmesh.rules.Reach;
import org.threatmesh.rules.Reference;
import org.threatmesh.rules.RuleKind;
import org.threatmesh.rules.RuleMetadata;
import org.threatmesh.rules.Severity;
import org.threatmesh.rules.Stride;
import org.threatmesh.rules.Targets;
import org.threatmesh.rules.builtin.support.Evidences;
import org.threatmesh.rules.builtin.support.Facts;
import org.threatmesh.rules.builtin.support.Meta;
import org.threatmesh.rules.builtin.support.Severities;

/**
 * Advisory ADV-1 (SP 800-204 §2.7.1): a microgateway connected to no service registry (or mesh control plane) or to
 * no monitoring, in either call direction.
 */
public final class IsolatedMicrogatewayRule implements NodeRule {

    private static final RuleMetadata METADATA = Meta.rule("microgateway-without-registry-or-monitoring")
            .title("Microgateway not connected to registry and monitoring")
            .rationale("A microgateway protects one service and should know that service's state; SP 800-204 "
                    + "(§2.7.1, advisory, no strategy id) says it should talk to the service registry and to "
                    + "monitoring to track the service's health.")
            .remediation("Connect the microgateway to the service registry or mesh control plane and to "
                    + "monitoring.")
            .severity(Severity.LOW, "operational item")
            .stride(Stride.D)
            .reference(Reference.SP800_204, "§2.7.1")
            .catalog("ADV-1")
            .targets(Targets.nodes(NodeKind.API_GATEWAY))
            .artefacts("gateway service-discovery integration", "gateway health and telemetry export")
            .kind(RuleKind.ADVISORY)
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
    public Outcome evaluate(Node node, AnalysisContext context) {
        Facts facts = Facts.collect();
        Fact<GatewayTier> tier = facts.of(node, GatewayAttributes.TIER);
        if (tier.isUnknown()) {
            return facts.unknownOutcome();
        }
        if (tier.value() != GatewayTier.MICRO) {
            return Outcome.NOT_APPLICABLE;
        }
        boolean registry = false;
        boolean monitoring = false;
        for (Edge edge : context.model().edgesTouching(node.id())) {
            Node other = context.node(edge.from().equals(node.id()) ? edge.to() : edge.from());
            registry |= other.kind() == NodeKind.SERVICE_REGISTRY || other.kind() == NodeKind.MESH_CONTROL_PLANE;
            monitoring |= other.kind() == NodeKind.MONITORING;
        }
        List<String> missing = new ArrayList<>();
        if (!registry) {
            missing.add("service registry");
        }
        if (!monitoring) {
            missing.add("monitoring");
        }
        if (missing.isEmpty()) {
            return Outcome.PASS;
        }
        return Outcome.fire(Severities.forNode(METADATA, node, context), () -> "Microgateway " + node.name() + " is not connected to "
                        + String.join(" or ", missing),
                List.of(Evidences.of(node, GatewayAttributes.TIER),
                        Evidences.derived(node.id(), "not connected to", missing)));
    }
}
