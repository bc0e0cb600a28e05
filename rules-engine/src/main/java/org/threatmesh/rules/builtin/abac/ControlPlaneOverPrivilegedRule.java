package org.threatmesh.rules.builtin.abac;

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

/** SP 800-204B ISMC-SR-2: the control plane talks to the orchestrator over-privileged or unauthenticated. */
public final class ControlPlaneOverPrivilegedRule extends AttributeNodeRule<Boolean> {

    private static final RuleMetadata METADATA = Meta.rule("control-plane-over-privileged")
            .title("Control plane reaches the orchestrator over-privileged")
            .rationale("The mesh control plane reads services and pushes policy for the whole mesh; if its "
                    + "connection to the orchestrator's configuration server is unauthenticated or uses an "
                    + "over-privileged identity, whoever controls it controls the cluster. SP 800-204B asks for "
                    + "this traffic to be authenticated and authorized.")
            .remediation("Give the control plane a dedicated, least-privilege service account and talk to the "
                    + "orchestrator API over authenticated TLS.")
            .severity(Severity.HIGH, "compromise of the control plane spreads to the cluster")
            .stride(Stride.E, Stride.S)
            .reference(Reference.SP800_204B, "ISMC-SR-2")
            .cwe(250)
            .targets(Targets.nodes(NodeKind.MESH_CONTROL_PLANE))
            .artefacts("Kubernetes RBAC for the istiod service account", "TLS to the Kubernetes API server")
            .build();

    public ControlPlaneOverPrivilegedRule() {
        super(METADATA, MeshAttributes.CONTROL_PLANE_LEAST_PRIVILEGE, leastPrivilege -> !leastPrivilege,
                "Give the control plane least privilege", true);
    }

    @Override
    protected String message(Node node, Boolean value) {
        return "Mesh " + node.name() + " reaches the orchestrator without a least-privilege, authenticated identity";
    }
}
