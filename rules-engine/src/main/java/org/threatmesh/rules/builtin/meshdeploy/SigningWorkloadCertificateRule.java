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

/** SP 800-204A SM-DR15: workload certificates can sign certificates. */
public final class SigningWorkloadCertificateRule extends AttributeNodeRule<Boolean> {

    private static final RuleMetadata METADATA = Meta.rule("workload-certificate-can-sign")
            .title("Workload certificates can sign certificates")
            .rationale("A workload certificate with CA rights lets any compromised workload mint identities for other "
                    + "services; SP 800-204A says workload identity certificates must not be signing certificates.")
            .remediation("Issue workload certificates with CA:false and without the keyCertSign usage.")
            .severity(Severity.HIGH, "any compromised workload can impersonate any service")
            .stride(Stride.S, Stride.E)
            .reference(Reference.SP800_204A, "SM-DR15")
            .cwe(295)
            .targets(Targets.nodes(NodeKind.MESH_CONTROL_PLANE))
            .artefacts("mesh CA certificate profile", "certificate linting in CI")
            .build();

    public SigningWorkloadCertificateRule() {
        super(METADATA, MeshAttributes.WORKLOAD_CERT_IS_CA, isCa -> isCa,
                "Issue workload certificates without CA rights", false);
    }

    @Override
    protected String message(Node node, Boolean value) {
        return "Workload certificates of mesh " + node.name() + " can sign other certificates";
    }
}
