package org.threatmesh.rules.builtin.advisory;

import org.threatmesh.model.Node;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.attr.WorkloadAttributes;
import org.threatmesh.rules.Reference;
import org.threatmesh.rules.RuleKind;
import org.threatmesh.rules.RuleMetadata;
import org.threatmesh.rules.Severity;
import org.threatmesh.rules.Stride;
import org.threatmesh.rules.Targets;
import org.threatmesh.rules.builtin.support.AttributeNodeRule;
import org.threatmesh.rules.builtin.support.Meta;

/** Advisory ADV-4 (SP 800-204 §3.2): a service that does not validate its input in code. */
public final class MissingInputValidationRule extends AttributeNodeRule<Boolean> {

    private static final RuleMetadata METADATA = Meta.rule("missing-input-validation")
            .title("Service relies on gateway or mesh for input validation")
            .rationale("Gateways and meshes do not stop injection, serialization attacks, XSS, CSRF or HTTP verb "
                    + "tampering aimed at the service's own logic; SP 800-204 (§3.2, advisory, no strategy id) warns "
                    + "that these controls must still be coded in the service.")
            .remediation("Validate and encode input in the service and review it against the OWASP web risks.")
            .severity(Severity.LOW, "review item; exploitability depends on the code")
            .stride(Stride.T, Stride.I, Stride.E)
            .reference(Reference.SP800_204, "§3.2")
            .catalog("ADV-4")
            .cwe(20)
            .targets(Targets.nodes(NodeKind.SERVICE))
            .artefacts("input validation library", "OWASP ASVS V5 review")
            .kind(RuleKind.ADVISORY)
            .build();

    public MissingInputValidationRule() {
        super(METADATA, WorkloadAttributes.INPUT_VALIDATION, validates -> !validates,
                "Validate input in the service", true);
    }

    @Override
    protected String message(Node node, Boolean value) {
        return node.name() + " does not validate its input in code";
    }
}
