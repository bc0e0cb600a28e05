package org.threatmesh.rules.builtin.mesh;

import java.util.List;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.attr.AttributeKey;
import org.threatmesh.model.attr.Fact;
import org.threatmesh.model.attr.MeshAttributes;
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

/**
 * R204-13.4: mesh components without resource caps: the control plane's setting covers proxies and control plane;
 * ingress and egress gateways carry their own.
 */
public final class UncappedMeshComponentsRule implements NodeRule {

    private static final RuleMetadata METADATA = Meta.rule("mesh-components-without-limits")
            .title("Mesh components without resource limits")
            .rationale("Proxies, gateways and the control plane run beside every application; without caps a busy "
                    + "or attacked component starves the workloads around it and degrades the whole application, "
                    + "as SP 800-204 warns.")
            .remediation("Set CPU and memory limits for the control plane, the gateways and every sidecar proxy.")
            .severity(Severity.MEDIUM, "noisy mesh components starve applications")
            .stride(Stride.D)
            .strategies(Strategy.MS_SS_13)
            .nist("MS-SS-13#4")
            .catalog("R204-13.4")
            .cwe(770)
            .targets(Targets.nodes(NodeKind.MESH_CONTROL_PLANE, NodeKind.INGRESS_GATEWAY, NodeKind.EGRESS_GATEWAY))
            .artefacts("istiod and gateway Helm resources.limits", "sidecar.istio.io/proxyCPULimit annotation",
                    "global.proxy.resources", "LimitRange and ResourceQuota")
            .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public Outcome evaluate(Node node, AnalysisContext context) {
        AttributeKey<Boolean> key = node.kind() == NodeKind.MESH_CONTROL_PLANE
                ? MeshAttributes.COMPONENT_RESOURCE_LIMITS : WorkloadAttributes.RESOURCE_LIMITS;
        Facts facts = Facts.collect();
        Fact<Boolean> limited = facts.of(node, key);
        if (limited.isUnknown()) {
            return facts.unknownOutcome();
        }
        if (limited.value()) {
            return Outcome.PASS;
        }
        String what = node.kind() == NodeKind.MESH_CONTROL_PLANE
                ? "The components of mesh " + node.name() + " run" : node.kind().displayName() + " " + node.name()
                + " runs";
        return Outcome.fire(METADATA.severity(), () -> what + " without resource limits", List.of(Evidences.of(node, key)));
    }
}
