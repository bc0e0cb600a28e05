package org.threatmesh.rules.builtin.authz;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.threatmesh.model.Edge;
import org.threatmesh.model.EdgeId;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.attr.*;
import org.threatmesh.rules.*;
import org.threatmesh.rules.builtin.support.Facts;

/** R204-2.3: the access server cannot express fine-grained policies. */
public final class CoarsePolicyServerRule implements NodeRule {

    public static final String ID = "coarse-policy-server";

    private static final RuleMetadata METADATA = new RuleMetadata(ID, "Access server cannot express fine-grained policies",
            "The access server should be able to express fine-grained, attribute-level policies, or business "
                    + "authorization ends up scattered in code.",
            "Use a policy decision point with attribute-level rules (OPA/Rego, NGAC, XACML).",
            Severity.LOW, "capability gap rather than an exploitable weakness",
            EnumSet.of(Stride.E), List.of(Strategy.MS_SS_2),
            List.of(Reference.nist("MS-SS-2#3"), Facts.catalog("R204-2.3")),
            Targets.nodes(NodeKind.AUTHZ_SERVER),
            List.of("OPA / Rego", "NGAC", "XACML policy engine"),
            RuleKind.CHECK, false);

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public Outcome evaluate(Node node, AnalysisContext context) {
        Fact<Boolean> fine = node.get(InfrastructureAttributes.FINE_GRAINED_POLICIES);
        if (fine.isUnknown()) {
            return Outcome.unknown(node.id(), InfrastructureAttributes.FINE_GRAINED_POLICIES);
        }
        if (fine.value()) {
            return Outcome.PASS;
        }
        return Outcome.fire(METADATA.severity(), () -> node.name() + " cannot express fine-grained policies",
                List.of(Facts.evidence(node.id(), InfrastructureAttributes.FINE_GRAINED_POLICIES, fine)));
    }
}
