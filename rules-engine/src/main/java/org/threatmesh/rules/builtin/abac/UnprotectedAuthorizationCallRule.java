package org.threatmesh.rules.builtin.abac;

import java.util.List;
import java.util.Set;
import org.threatmesh.model.Edge;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.attr.EdgeAttributes;
import org.threatmesh.model.attr.Fact;
import org.threatmesh.model.attr.TlsMode;
import org.threatmesh.model.attr.WorkloadAttributes;
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
import org.threatmesh.rules.builtin.support.Severities;
import org.threatmesh.rules.builtin.support.Topology;

/**
 * SP 800-204B EUAZ-SR-1: a call from an in-mesh workload to an authentication or authorization system that is not
 * protected: plaintext, or one-way TLS to a system that is itself in the mesh and so could use mTLS.
 */
public final class UnprotectedAuthorizationCallRule implements EdgeRule {

    private static final Set<NodeKind> AUTH_SYSTEMS =
            Set.of(NodeKind.IDENTITY_PROVIDER, NodeKind.AUTHZ_SERVER, NodeKind.TOKEN_SERVICE);

    private static final RuleMetadata METADATA = Meta.rule("unprotected-authorization-call")
            .title("Call to an authentication or authorization system not protected")
            .rationale("Access decisions and token checks travel between the sidecar and the external "
                    + "authentication and authorization systems; if that traffic can be read or forged, so can the "
                    + "decisions. SP 800-204B asks for it to be protected by mesh mTLS and authorization or by "
                    + "enterprise IAM.")
            .remediation("Put the decision point in the mesh and call it over mTLS, or use TLS with enterprise IAM "
                    + "when it is outside.")
            .severity(Severity.HIGH, "forged or disclosed access decisions")
            .stride(Stride.S, Stride.T, Stride.I)
            .reference(Reference.SP800_204B, "EUAZ-SR-1")
            .cwe(319)
            .targets(Targets.edges())
            .artefacts("in-mesh ext_authz provider over mTLS", "Istio DestinationRule tls to external IAM")
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
        if (!AUTH_SYSTEMS.contains(context.targetKind(edge))) {
            return Outcome.NOT_APPLICABLE;
        }
        Facts facts = Facts.collect();
        Fact<Boolean> callerInMesh = facts.track(edge.from(), WorkloadAttributes.MESH_MODE,
                context.sourceInMesh(edge));
        if (callerInMesh.is(false)) {
            return Outcome.NOT_APPLICABLE;
        }
        Fact<TlsMode> tls = facts.of(edge, EdgeAttributes.TLS);
        if (tls.is(TlsMode.MTLS)) {
            return Outcome.PASS;
        }
        if (tls.is(TlsMode.TLS)) {
            Fact<Boolean> targetInMesh = facts.track(edge.to(), WorkloadAttributes.MESH_MODE,
                    context.targetInMesh(edge));
            if (targetInMesh.is(false)) {
                return facts.anyUnknown() ? facts.unknownOutcome() : Outcome.PASS;
            }
        }
        if (facts.anyUnknown()) {
            return facts.unknownOutcome();
        }
        String how = tls.value() == TlsMode.NONE ? "in plaintext" : "with one-way TLS inside the mesh";
        // Resolved here so that the message, built when read, does not keep the context alive.
        Node msgFrom = context.source(edge);
        Node msgTo = context.target(edge);
        return Outcome.fire(Severities.forEdge(METADATA, edge, context), () -> Topology.calls(msgFrom, msgTo) + " travel " + how,
                List.of(Evidences.of(edge, EdgeAttributes.TLS)));
    }
}
