package org.threatmesh.rules.builtin.platform;

import org.threatmesh.model.attr.ModelAttributes;
import org.threatmesh.rules.Reference;
import org.threatmesh.rules.RuleMetadata;
import org.threatmesh.rules.Severity;
import org.threatmesh.rules.Stride;
import org.threatmesh.rules.Targets;
import org.threatmesh.rules.builtin.support.AttributeModelRule;
import org.threatmesh.rules.builtin.support.Meta;

/** SP 800-204D GitOps-REQ-3 and GitOps-REQ-4: runtime changes are not reconciled with Git. */
public final class MissingGitOpsDriftControlRule extends AttributeModelRule<Boolean> {

    private static final RuleMetadata METADATA = Meta.rule("missing-gitops-drift-control")
            .title("Runtime changes not reconciled with Git")
            .rationale("Manual changes to the running system bypass review and silently undo security "
                    + "configuration; SP 800-204D asks that Git be the source of truth, that no manual runtime "
                    + "changes be made and that drift be detected and remediated.")
            .remediation("Deny human write access to workloads and let a GitOps controller detect and revert drift.")
            .severity(Severity.MEDIUM, "unreviewed configuration changes persist")
            .stride(Stride.T, Stride.R)
            .reference(Reference.SP800_204D, "GitOps-REQ-3")
            .reference(Reference.SP800_204D, "GitOps-REQ-4")
            .targets(Targets.model())
            .artefacts("Argo CD self-heal", "Flux drift detection", "RBAC denying human write to workloads")
            .build();

    public MissingGitOpsDriftControlRule() {
        super(METADATA, ModelAttributes.GITOPS_DRIFT_CONTROL, present -> !present,
                "Git is not the enforced source of truth: runtime drift is neither detected nor reverted");
    }
}
