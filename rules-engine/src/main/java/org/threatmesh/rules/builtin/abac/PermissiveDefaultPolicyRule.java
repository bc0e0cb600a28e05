package org.threatmesh.rules.builtin.abac;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.threatmesh.model.Edge;
import org.threatmesh.model.Node;
import org.threatmesh.model.attr.AuthzLevel;
import org.threatmesh.model.attr.ClientAuthn;
import org.threatmesh.model.attr.EdgeAttributes;
import org.threatmesh.model.attr.Fact;
import org.threatmesh.model.attr.Sensitivity;
import org.threatmesh.rules.AnalysisContext;
import org.threatmesh.rules.EdgeRule;
import org.threatmesh.rules.Evidence;
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

/**
 * SP 800-204B APE-SR-3: an in-mesh call that the default policy should have rejected: an unauthenticated call, or
 * a call across namespaces with no explicit authorization. (The mesh-wide allow default is R204-13.2's finding.)
 */
public final class PermissiveDefaultPolicyRule implements EdgeRule {

    private static final RuleMetadata METADATA = Meta.rule("permissive-default-policy")
            .title("In-mesh call admitted by a permissive default")
            .rationale("The default policy is what applies when nobody wrote one; SP 800-204B asks it to reject "
                    + "unauthenticated requests, confine traffic to the application's namespace and allow "
                    + "cross-namespace calls only by explicit policy.")
            .remediation("Reject unauthenticated requests by default and allow each cross-namespace call with an "
                    + "explicit authorization policy.")
            .severity(Severity.HIGH, "authorization failure on east-west traffic")
            .stride(Stride.E, Stride.S)
            .reference(Reference.SP800_204B, "APE-SR-3")
            .cwe(276)
            .targets(Targets.edges())
            .artefacts("Istio allow-nothing AuthorizationPolicy in the root namespace",
                    "namespace-scoped ALLOW policies", "Istio RequestAuthentication with requestPrincipals")
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
        Facts facts = Facts.collect();
        Fact<Boolean> inMesh = Topology.bothInMesh(edge, context, facts);
        if (inMesh.is(false)) {
            return Outcome.NOT_APPLICABLE;
        }
        List<Evidence> evidence = new ArrayList<>();
        if (facts.of(edge, EdgeAttributes.CLIENT_AUTHN).is(ClientAuthn.NONE)) {
            evidence.add(Evidences.of(edge, EdgeAttributes.CLIENT_AUTHN));
        }
        Optional<String> from = Topology.namespaceOf(context.sourceZoneChain(edge), context);
        Optional<String> to = Topology.namespaceOf(context.targetZoneChain(edge), context);
        boolean crossNamespace = from.isPresent() && to.isPresent() && !from.equals(to);
        if (crossNamespace && facts.of(edge, EdgeAttributes.AUTHZ_AT_DESTINATION).is(AuthzLevel.NONE)) {
            evidence.add(Evidences.derived(edge.id(), "namespaces", from.get() + " -> " + to.get()));
            evidence.add(Evidences.of(edge, EdgeAttributes.AUTHZ_AT_DESTINATION));
        }
        if (evidence.isEmpty() || inMesh.isUnknown()) {
            return facts.anyUnknown() ? facts.unknownOutcome() : Outcome.PASS;
        }
        // Resolved here so that the message, built when read, does not keep the context alive.
        Node msgFrom = context.source(edge);
        Node msgTo = context.target(edge);
        return Outcome.fire(context.rubric(METADATA.severity(),
                        context.targetIsAtLeast(edge, Sensitivity.HIGHLY_SENSITIVE), false),
                () -> Topology.calls(msgFrom, msgTo) + " are admitted without "
                        + (evidence.get(0).fact().equals("clientAuthn") ? "authentication" : "an explicit "
                        + "cross-namespace policy"), evidence);
    }
}
