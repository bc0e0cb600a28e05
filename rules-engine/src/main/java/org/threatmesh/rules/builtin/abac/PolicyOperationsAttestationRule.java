package org.threatmesh.rules.builtin.abac;

import java.util.List;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeKind;
import org.threatmesh.rules.AnalysisContext;
import org.threatmesh.rules.NodeRule;
import org.threatmesh.rules.Outcome;
import org.threatmesh.rules.Reference;
import org.threatmesh.rules.RuleKind;
import org.threatmesh.rules.RuleMetadata;
import org.threatmesh.rules.Severity;
import org.threatmesh.rules.Stride;
import org.threatmesh.rules.Targets;
import org.threatmesh.rules.builtin.support.Evidences;
import org.threatmesh.rules.builtin.support.Meta;

/**
 * SP 800-204B APE-SR-2, as an attestation: the model records the methods callers use, not which methods each
 * authorization policy lists, so a person confirms per mesh that policies cover every operation.
 */
public final class PolicyOperationsAttestationRule implements NodeRule {

    private static final RuleMetadata METADATA = Meta.rule("policy-operations-attestation")
            .title("Confirm authorization policies cover every operation")
            .rationale("A policy that lists only some HTTP verbs leaves the others to the default, which enables verb "
                    + "tampering when the default is not deny; SP 800-204B asks that policies cover every operation "
                    + "of the application type (for REST: POST, GET, PUT, PATCH and DELETE). No model attribute "
                    + "records the policies' operation lists, so this needs a person's confirmation.")
            .remediation("List the allowed methods explicitly in every authorization policy, keep a deny default, "
                    + "then record the confirmation by triaging this finding.")
            .severity(Severity.LOW, "capability item that needs confirmation")
            .stride(Stride.E, Stride.T)
            .reference(Reference.SP800_204B, "APE-SR-2")
            .targets(Targets.nodes(NodeKind.MESH_CONTROL_PLANE))
            .artefacts("Istio AuthorizationPolicy to.operation.methods with a deny-by-default policy")
            .kind(RuleKind.ATTESTATION)
            .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public Outcome evaluate(Node node, AnalysisContext context) {
        return Outcome.fire(METADATA.severity(), () -> "Confirm that the authorization policies of mesh " + node.name()
                        + " cover every operation of each API",
                List.of(Evidences.derived(node.id(), "policy operation lists", "not modelled")));
    }
}
