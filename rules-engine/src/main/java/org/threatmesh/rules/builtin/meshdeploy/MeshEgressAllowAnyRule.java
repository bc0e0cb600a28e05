package org.threatmesh.rules.builtin.meshdeploy;

import org.threatmesh.model.Node;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.attr.EgressDefault;
import org.threatmesh.model.attr.MeshAttributes;
import org.threatmesh.rules.Reference;
import org.threatmesh.rules.RuleMetadata;
import org.threatmesh.rules.Severity;
import org.threatmesh.rules.Stride;
import org.threatmesh.rules.Targets;
import org.threatmesh.rules.builtin.support.AttributeNodeRule;
import org.threatmesh.rules.builtin.support.Meta;

/** SP 800-204A SM-DR8: mesh allows egress to any external destination. */
public final class MeshEgressAllowAnyRule extends AttributeNodeRule<EgressDefault> {

    private static final RuleMetadata METADATA = Meta.rule("mesh-egress-allow-any")
            .title("Mesh allows egress to any external destination")
            .rationale("With egress open by default, a compromised workload can send data anywhere and external "
                    + "dependencies are invisible to policy; SP 800-204A asks for external access to be off by "
                    + "default and allowed only to named destinations modelled as mesh services.")
            .remediation("Set the outbound traffic policy to registry-only and register each allowed external service.")
            .severity(Severity.MEDIUM, "data exfiltration path from any workload")
            .stride(Stride.I, Stride.E)
            .reference(Reference.SP800_204A, "SM-DR8")
            .targets(Targets.nodes(NodeKind.MESH_CONTROL_PLANE))
            .artefacts("Istio meshConfig.outboundTrafficPolicy.mode REGISTRY_ONLY", "Istio ServiceEntry")
            .build();

    public MeshEgressAllowAnyRule() {
        super(METADATA, MeshAttributes.EGRESS_DEFAULT, mode -> mode == EgressDefault.ALLOW_ANY,
                "Allow egress to registered services only", EgressDefault.REGISTRY_ONLY);
    }

    @Override
    protected String message(Node node, EgressDefault value) {
        return "Mesh " + node.name() + " lets workloads call any external destination";
    }
}
