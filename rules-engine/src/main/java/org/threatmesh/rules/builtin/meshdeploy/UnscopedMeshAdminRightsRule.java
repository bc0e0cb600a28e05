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

/** SP 800-204A SM-DR28: mesh administration rights granted cluster-wide. */
public final class UnscopedMeshAdminRightsRule extends AttributeNodeRule<Boolean> {

    private static final RuleMetadata METADATA = Meta.rule("mesh-admin-rights-unscoped")
            .title("Mesh administration rights granted cluster-wide")
            .rationale("Whoever may change mesh policies, retries or canary weights can switch off security for every "
                    + "service; SP 800-204A asks for granular admin permissions scoped per namespace or service.")
            .remediation("Grant write access to mesh configuration resources per namespace, through RBAC roles "
                    + "bound to named teams.")
            .severity(Severity.MEDIUM, "broad groups can weaken every mesh policy")
            .stride(Stride.E, Stride.T)
            .reference(Reference.SP800_204A, "SM-DR28")
            .cwe(269)
            .targets(Targets.nodes(NodeKind.MESH_CONTROL_PLANE))
            .artefacts("Kubernetes RBAC on networking.istio.io and security.istio.io resources")
            .build();

    public UnscopedMeshAdminRightsRule() {
        super(METADATA, MeshAttributes.ADMIN_RBAC_SCOPED, scoped -> !scoped,
                "Scope mesh admin rights per namespace", true);
    }

    @Override
    protected String message(Node node, Boolean value) {
        return "Administration rights for mesh " + node.name() + " are not scoped per namespace or service";
    }
}
