package org.threatmesh.rules.builtin.abac;

import java.util.List;
import java.util.Optional;
import org.threatmesh.model.Edge;
import org.threatmesh.model.Node;
import org.threatmesh.model.attr.EdgeAttributes;
import org.threatmesh.model.attr.Fact;
import org.threatmesh.model.attr.Sensitivity;
import org.threatmesh.model.attr.TlsMode;
import org.threatmesh.rules.AnalysisContext;
import org.threatmesh.rules.EdgeRule;
import org.threatmesh.rules.Outcome;
import org.threatmesh.rules.Reach;
import org.threatmesh.rules.Reference;
import org.threatmesh.rules.Remedy;
import org.threatmesh.rules.RuleMetadata;
import org.threatmesh.rules.Severity;
import org.threatmesh.rules.Stride;
import org.threatmesh.rules.Targets;
import org.threatmesh.rules.builtin.support.Evidences;
import org.threatmesh.rules.builtin.support.Facts;
import org.threatmesh.rules.builtin.support.Meta;
import org.threatmesh.rules.builtin.support.Topology;

/**
 * SP 800-204B SAUN-SR-1: a call between two in-mesh workloads that is not mTLS, which shows that some scope (mesh,
 * namespace, workload or port) lacks a STRICT service-authentication policy.
 */
public final class InMeshCallWithoutMtlsRule implements EdgeRule {

    private static final RuleMetadata METADATA = Meta.rule("in-mesh-call-without-mtls")
            .title("Call inside the mesh without mTLS")
            .rationale("Zero trust inside the mesh rests on mutual authentication between every pair of services; "
                    + "a workload- or port-level override that relaxes mTLS leaves that pair unauthenticated. "
                    + "SP 800-204B asks for an mTLS-requiring authentication policy at every scope.")
            .remediation("Require STRICT mTLS at mesh level and remove workload or port overrides that relax it.")
            .severity(Severity.HIGH, "unauthenticated east-west traffic inside the mesh")
            .stride(Stride.S, Stride.I, Stride.T)
            .reference(Reference.SP800_204B, "SAUN-SR-1")
            .cwe(306)
            .targets(Targets.edges())
            .artefacts("Istio PeerAuthentication STRICT with portLevelMtls", "Linkerd default mTLS")
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
    public Optional<Remedy> remedy() {
        return Optional.of(Remedy.set("Set call TLS to mTLS", EdgeAttributes.TLS, TlsMode.MTLS));
    }

    @Override
    public Outcome evaluate(Edge edge, AnalysisContext context) {
        Facts facts = Facts.collect();
        Fact<Boolean> inMesh = Topology.bothInMesh(edge, context, facts);
        if (inMesh.is(false)) {
            return Outcome.NOT_APPLICABLE;
        }
        Fact<TlsMode> tls = facts.of(edge, EdgeAttributes.TLS);
        if (tls.is(TlsMode.MTLS)) {
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
                () -> Topology.calls(msgFrom, msgTo) + " stay in the mesh but use tls " + Evidences.wire(tls.value())
                        + ", not mTLS", List.of(Evidences.of(edge, EdgeAttributes.TLS)));
    }
}
