package org.threatmesh.rules.builtin.resilience;

import java.util.List;
import java.util.Optional;
import org.threatmesh.model.Edge;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.attr.EdgeAttributes;
import org.threatmesh.model.attr.Fact;
import org.threatmesh.model.attr.Sensitivity;
import org.threatmesh.model.attr.TlsMode;
import org.threatmesh.rules.AnalysisContext;
import org.threatmesh.rules.EdgeRule;
import org.threatmesh.rules.Outcome;
import org.threatmesh.rules.Reach;
import org.threatmesh.rules.Remedy;
import org.threatmesh.rules.RuleMetadata;
import org.threatmesh.rules.Severity;
import org.threatmesh.rules.Strategy;
import org.threatmesh.rules.Stride;
import org.threatmesh.rules.Targets;
import org.threatmesh.rules.builtin.support.Evidences;
import org.threatmesh.rules.builtin.support.Facts;
import org.threatmesh.rules.builtin.support.Meta;
import org.threatmesh.rules.builtin.support.Topology;

/**
 * R204-7.2: plaintext from a load balancer to the workloads behind it. High when the link crosses a trust boundary;
 * an unknown boundary counts as crossing, because the rule must not assume the safer case.
 */
public final class UnprotectedLoadBalancerLinkRule implements EdgeRule {

    private static final RuleMetadata METADATA = Meta.rule("plaintext-load-balancer-backend")
            .title("Unencrypted link from load balancer to backend")
            .rationale("Traffic between the load balancer and the microservice platform can be read and altered by "
                    + "anyone on that network path; SP 800-204 says care must be taken to protect this connection.")
            .remediation("Encrypt the load balancer's connections to its backends and admit only the load balancer "
                    + "as their source.")
            .severity(Severity.MEDIUM, "medium; high when the link crosses a trust boundary")
            .stride(Stride.T, Stride.I)
            .strategies(Strategy.MS_SS_7)
            .nist("MS-SS-7#2")
            .catalog("R204-7.2")
            .cwe(319)
            .targets(Targets.edges())
            .artefacts("Istio DestinationRule tls", "Gateway API BackendTLSPolicy", "cloud load balancer HTTPS backends",
                    "Kubernetes NetworkPolicy")
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
        return Optional.of(Remedy.set("Encrypt the backend connection with mTLS", EdgeAttributes.TLS, TlsMode.MTLS));
    }

    @Override
    public Outcome evaluate(Edge edge, AnalysisContext context) {
        Node source = context.source(edge);
        Node target = context.target(edge);
        if (context.sourceKind(edge) != NodeKind.LOAD_BALANCER || !context.targetKind(edge).isWorkload()) {
            return Outcome.NOT_APPLICABLE;
        }
        Facts facts = Facts.collect();
        Fact<TlsMode> tls = facts.of(edge, EdgeAttributes.TLS);
        if (tls.isUnknown()) {
            return facts.unknownOutcome();
        }
        if (tls.value() != TlsMode.NONE) {
            return Outcome.PASS;
        }
        Fact<Boolean> boundary = context.crossesTrustBoundary(edge);
        Severity base = boundary.is(false) ? Severity.MEDIUM : Severity.HIGH;
        Severity severity = context.rubric(base, context.isAtLeast(target, Sensitivity.HIGHLY_SENSITIVE),
                context.isNorthSouth(edge));
        // Resolved here so that the message, built when read, does not keep the context alive.
        Node msgFrom = context.source(edge);
        Node msgTo = context.target(edge);
        return Outcome.fire(severity, () -> Topology.calls(msgFrom, msgTo) + " are not encrypted",
                List.of(Evidences.of(edge, EdgeAttributes.TLS),
                        Evidences.derived(edge.id(), "crosses trust boundary",
                                boundary.isKnown() ? boundary.value() : "unknown")));
    }
}
