package org.threatmesh.rules.builtin.meshdeploy;

import org.threatmesh.model.Node;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.attr.MeshAttributes;
import org.threatmesh.rules.Reference;
import org.threatmesh.rules.RuleMetadata;
import org.threatmesh.rules.Severity;
import org.threatmesh.rules.Stride;
import org.threatmesh.rules.Targets;
import org.threatmesh.rules.builtin.support.AttributeNodeRule;
import org.threatmesh.rules.builtin.support.Meta;

/** SP 800-204A SM-DR2: proxies may reach every service in the mesh. */
public final class UnscopedProxyEgressRule extends AttributeNodeRule<Boolean> {

    private static final RuleMetadata METADATA = Meta.rule("proxy-egress-unscoped")
            .title("Proxies may reach every service in the mesh")
            .rationale("A proxy that can reach every service lets a compromised workload probe and call anything in "
                    + "the mesh; SP 800-204A asks to limit the services each proxy can reach, by namespace, service "
                    + "or identity, while keeping the control plane reachable.")
            .remediation("Scope each proxy's egress to the services its workload calls and allow only registered "
                    + "destinations.")
            .severity(Severity.MEDIUM, "lateral movement from a compromised workload")
            .stride(Stride.E, Stride.I)
            .reference(Reference.SP800_204A, "SM-DR2")
            .targets(Targets.nodes(NodeKind.MESH_CONTROL_PLANE))
            .artefacts("Istio Sidecar egress.hosts", "Istio outboundTrafficPolicy REGISTRY_ONLY",
                    "Kubernetes NetworkPolicy egress")
            .build();

    public UnscopedProxyEgressRule() {
        super(METADATA, MeshAttributes.SIDECAR_EGRESS_SCOPED, scoped -> !scoped, "Scope proxy egress", true);
    }

    @Override
    protected String message(Node node, Boolean value) {
        return "The proxies of mesh " + node.name() + " may reach every service in the mesh";
    }
}
