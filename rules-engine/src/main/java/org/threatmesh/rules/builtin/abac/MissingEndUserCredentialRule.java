package org.threatmesh.rules.builtin.abac;

import java.util.List;
import org.threatmesh.model.Edge;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.attr.EdgeAttributes;
import org.threatmesh.model.attr.Fact;
import org.threatmesh.model.attr.Sensitivity;
import org.threatmesh.rules.AnalysisContext;
import org.threatmesh.rules.EdgeRule;
import org.threatmesh.rules.Outcome;
import org.threatmesh.rules.Reach;
import org.threatmesh.rules.Reference;
import org.threatmesh.rules.RuleMetadata;
import org.threatmesh.rules.Severity;
import org.threatmesh.rules.Stride;
import org.threatmesh.rules.Targets;
import org.threatmesh.rules.builtin.support.Evidences;
import org.threatmesh.rules.builtin.support.Facts;
import org.threatmesh.rules.builtin.support.Meta;
import org.threatmesh.rules.builtin.support.Topology;

/** SP 800-204B EUAZ-SR-3: an in-mesh call to a service that does not require an end-user credential. */
public final class MissingEndUserCredentialRule implements EdgeRule {

    private static final RuleMetadata METADATA = Meta.rule("end-user-credential-not-required")
            .title("In-mesh call without a required end-user credential")
            .rationale("When a service accepts calls without the end user's credential, it authorizes on the "
                    + "calling service alone and a compromised neighbour can act for any user; SP 800-204B asks "
                    + "that all application traffic carry end-user credentials and that a mesh policy enforce it.")
            .remediation("Require a request principal on the service's authorization policy, with request "
                    + "authentication validating the end-user token.")
            .severity(Severity.MEDIUM, "confused-deputy risk inside the mesh")
            .stride(Stride.E, Stride.S)
            .reference(Reference.SP800_204B, "EUAZ-SR-3")
            .cwe(441)
            .targets(Targets.edges())
            .artefacts("Istio AuthorizationPolicy requestPrincipals [\"*\"]", "Istio RequestAuthentication")
            .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public Reach reach() {
        return Reach.NEIGHBOURS;
    }

    @Override
    public Outcome evaluate(Edge edge, AnalysisContext context) {
        if (context.targetKind(edge) != NodeKind.SERVICE) {
            return Outcome.NOT_APPLICABLE;
        }
        Facts facts = Facts.collect();
        Fact<Boolean> inMesh = Topology.bothInMesh(edge, context, facts);
        if (inMesh.is(false)) {
            return Outcome.NOT_APPLICABLE;
        }
        Fact<Boolean> required = facts.of(edge, EdgeAttributes.REQUIRES_END_USER_CREDENTIAL);
        if (required.is(true)) {
            return Outcome.PASS;
        }
        if (facts.anyUnknown()) {
            return facts.unknownOutcome();
        }
        // Resolved here so that the message, built when read, does not keep the context alive.
        Node msgFrom = context.source(edge);
        Node msgTo = context.target(edge);
        return Outcome.fire(context.rubric(METADATA.severity(),
                        context.targetIsAtLeast(edge, Sensitivity.HIGHLY_SENSITIVE), false),
                () -> Topology.calls(msgFrom, msgTo) + " need no end-user credential",
                List.of(Evidences.of(edge, EdgeAttributes.REQUIRES_END_USER_CREDENTIAL)));
    }
}
