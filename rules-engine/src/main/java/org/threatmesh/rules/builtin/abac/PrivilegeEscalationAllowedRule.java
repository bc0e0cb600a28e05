package org.threatmesh.rules.builtin.abac;

import org.threatmesh.model.Node;
import org.threatmesh.model.attr.WorkloadAttributes;
import org.threatmesh.rules.Reference;
import org.threatmesh.rules.RuleMetadata;
import org.threatmesh.rules.Severity;
import org.threatmesh.rules.Stride;
import org.threatmesh.rules.builtin.support.AttributeNodeRule;
import org.threatmesh.rules.builtin.support.Meta;

/** SP 800-204B AHLC-SR-4: container allows privilege escalation. */
public final class PrivilegeEscalationAllowedRule extends AttributeNodeRule<Boolean> {

    private static final RuleMetadata METADATA = Meta.rule("privilege-escalation-allowed")
            .title("Container allows privilege escalation")
            .rationale("Unless privilege escalation is explicitly blocked, a process can gain more privileges "
                    + "than its parent through setuid binaries; SP 800-204B asks for it to be blocked explicitly.")
            .remediation("Set allowPrivilegeEscalation to false on every container.")
            .severity(Severity.MEDIUM, "elevation of privilege inside the container")
            .stride(Stride.E)
            .reference(Reference.SP800_204B, "AHLC-SR-4")
            .reference(Reference.SP800_204C, "§4.4 Table 1")
            .cwe(269)
            .targets(ApplicationContainers.TARGETS)
            .artefacts("securityContext.allowPrivilegeEscalation: false", "Pod Security Admission restricted")
            .build();

    public PrivilegeEscalationAllowedRule() {
        super(METADATA, WorkloadAttributes.ALLOW_PRIVILEGE_ESCALATION, allowed -> allowed,
                "Disallow privilege escalation", false);
    }

    @Override
    protected String message(Node node, Boolean value) {
        return node.name() + " allows privilege escalation";
    }
}
