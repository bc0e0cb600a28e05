package org.threatmesh.rules.builtin.platform;

import org.threatmesh.model.attr.ModelAttributes;
import org.threatmesh.rules.Reference;
import org.threatmesh.rules.RuleMetadata;
import org.threatmesh.rules.Severity;
import org.threatmesh.rules.Stride;
import org.threatmesh.rules.Targets;
import org.threatmesh.rules.builtin.support.AttributeModelRule;
import org.threatmesh.rules.builtin.support.Meta;

/** SP 800-204D DEPLOY-REQ-4: deployment is not gated on a vulnerability-scan attestation. */
public final class MissingScanAttestationGateRule extends AttributeModelRule<Boolean> {

    private static final RuleMetadata METADATA = Meta.rule("missing-scan-attestation-gate")
            .title("Deployment not gated on a vulnerability-scan attestation")
            .rationale("Without evidence of a recent vulnerability scan at deployment, images with known exploitable "
                    + "flaws reach production unnoticed; SP 800-204D asks for scan evidence and attestation to allow "
                    + "or block deployment by policy.")
            .remediation("Require a recent, signed vulnerability-scan attestation at admission and block images that "
                    + "fail the policy.")
            .severity(Severity.MEDIUM, "known vulnerabilities reach production")
            .stride(Stride.T, Stride.E)
            .reference(Reference.SP800_204D, "DEPLOY-REQ-4")
            .cwe(1104)
            .targets(Targets.model())
            .artefacts("Kyverno verifyImages attestations", "Sigstore policy-controller attestation policy")
            .build();

    public MissingScanAttestationGateRule() {
        super(METADATA, ModelAttributes.SCAN_ATTESTATION_REQUIRED, present -> !present,
                "Deployments are not gated on a recent vulnerability-scan attestation");
    }
}
