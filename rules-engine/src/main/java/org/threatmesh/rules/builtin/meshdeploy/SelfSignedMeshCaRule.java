package org.threatmesh.rules.builtin.meshdeploy;

import org.threatmesh.model.Node;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.attr.CaRoot;
import org.threatmesh.model.attr.MeshAttributes;
import org.threatmesh.rules.Reference;
import org.threatmesh.rules.RuleMetadata;
import org.threatmesh.rules.Severity;
import org.threatmesh.rules.Stride;
import org.threatmesh.rules.Targets;
import org.threatmesh.rules.builtin.support.AttributeNodeRule;
import org.threatmesh.rules.builtin.support.Meta;

/** SP 800-204A SM-DR12: mesh CA is self-signed. */
public final class SelfSignedMeshCaRule extends AttributeNodeRule<CaRoot> {

    private static final RuleMetadata METADATA = Meta.rule("self-signed-mesh-ca")
            .title("Mesh CA is self-signed")
            .rationale("A self-signed mesh CA sits outside the organisation's PKI, so its certificates cannot be "
                    + "audited, rotated or revoked through enterprise processes; SP 800-204A SM-DR12 and SP 800-204B "
                    + "ISMC-SR-1 both ask for the mesh signing certificate to chain to the enterprise PKI. This rule "
                    + "checks both, so ISMC-SR-1 has no rule of its own.")
            .remediation("Plug in an intermediate CA issued by the enterprise PKI, with separate intermediates per "
                    + "trust domain.")
            .severity(Severity.HIGH, "identity root of trust outside enterprise control")
            .stride(Stride.S, Stride.T)
            .reference(Reference.SP800_204A, "SM-DR12")
            .reference(Reference.SP800_204B, "ISMC-SR-1")
            .cwe(295)
            .targets(Targets.nodes(NodeKind.MESH_CONTROL_PLANE))
            .artefacts("Istio plug-in CA (cacerts)", "cert-manager istio-csr", "SPIRE UpstreamAuthority")
            .build();

    public SelfSignedMeshCaRule() {
        super(METADATA, MeshAttributes.CA_ROOT, root -> root == CaRoot.SELF_SIGNED,
                "Chain the mesh CA to the enterprise PKI", CaRoot.ENTERPRISE_PKI);
    }

    @Override
    protected String message(Node node, CaRoot value) {
        return "Mesh " + node.name() + " issues workload identities from a self-signed CA";
    }
}
