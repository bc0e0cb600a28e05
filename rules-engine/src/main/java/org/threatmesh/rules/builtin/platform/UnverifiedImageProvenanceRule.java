package org.threatmesh.rules.builtin.platform;

import org.threatmesh.model.attr.ModelAttributes;
import org.threatmesh.rules.Reference;
import org.threatmesh.rules.RuleMetadata;
import org.threatmesh.rules.Severity;
import org.threatmesh.rules.Stride;
import org.threatmesh.rules.Targets;
import org.threatmesh.rules.builtin.support.AttributeModelRule;
import org.threatmesh.rules.builtin.support.Meta;

/** SP 800-204D DEPLOY-REQ-3: admission does not verify image provenance. */
public final class UnverifiedImageProvenanceRule extends AttributeModelRule<Boolean> {

    private static final RuleMetadata METADATA = Meta.rule("unverified-image-provenance")
            .title("Admission does not verify image provenance")
            .rationale("If admission accepts any image, a tampered or attacker-built image runs with the workload's "
                    + "identity and access; SP 800-204D asks that only images produced by the trusted build process "
                    + "be admitted, and SP 800-204C lists allowing only approved registries as a policy-as-code "
                    + "control.")
            .remediation("Verify image signatures and build provenance at admission and reject everything else.")
            .severity(Severity.HIGH, "supply-chain compromise runs in production")
            .stride(Stride.T, Stride.E)
            .reference(Reference.SP800_204D, "DEPLOY-REQ-3")
            .reference(Reference.SP800_204C, "§4.4 Table 1")
            .cwe(494)
            .targets(Targets.model())
            .artefacts("Sigstore policy-controller", "Kyverno verifyImages", "Ratify")
            .build();

    public UnverifiedImageProvenanceRule() {
        super(METADATA, ModelAttributes.IMAGE_PROVENANCE_VERIFIED, present -> !present,
                "Admission does not verify that images come from the trusted build");
    }
}
