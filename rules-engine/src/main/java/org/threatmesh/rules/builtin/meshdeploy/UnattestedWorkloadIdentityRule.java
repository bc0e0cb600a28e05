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

/** SP 800-204A SM-DR16: workload identities issued without attestation. */
public final class UnattestedWorkloadIdentityRule extends AttributeNodeRule<Boolean> {

    private static final RuleMetadata METADATA = Meta.rule("unattested-workload-identity")
            .title("Workload identities issued without attestation")
            .rationale("If the CA issues identity certificates without first attesting the workload, anything that can "
                    + "reach it can obtain a service identity; SP 800-204A asks for workload attestation before "
                    + "issuance and for the signing key to be reachable only by the attested control plane.")
            .remediation("Attest workloads, for example with service-account token review or SPIRE attestors, before "
                    + "issuing certificates, and keep the signing key in an HSM.")
            .severity(Severity.HIGH, "spoofed workload identities")
            .stride(Stride.S)
            .reference(Reference.SP800_204A, "SM-DR16")
            .cwe(287)
            .targets(Targets.nodes(NodeKind.MESH_CONTROL_PLANE))
            .artefacts("Kubernetes TokenReview attestation", "SPIRE node and workload attestors", "HSM-held CA keys")
            .build();

    public UnattestedWorkloadIdentityRule() {
        super(METADATA, MeshAttributes.WORKLOAD_ATTESTATION, attested -> !attested, "Attest workloads", true);
    }

    @Override
    protected String message(Node node, Boolean value) {
        return "Mesh " + node.name() + " issues workload certificates without attesting the workload";
    }
}
