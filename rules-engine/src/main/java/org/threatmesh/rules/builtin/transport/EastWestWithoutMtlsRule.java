package org.threatmesh.rules.builtin.transport;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.threatmesh.model.Edge;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.attr.*;
import org.threatmesh.rules.*;
import org.threatmesh.rules.builtin.support.Facts;

/** R204-4.2a: service-to-service (or gateway-to-service) traffic is not mutually authenticated and encrypted. */
public final class EastWestWithoutMtlsRule implements EdgeRule {

    public static final String ID = "east-west-without-mtls";

    /** API-serving workloads and gateways: the service-to-service hops NIST's text names. */
    private static final Set<NodeKind> SERVICE_HOPS = Set.of(NodeKind.SERVICE, NodeKind.API_GATEWAY,
            NodeKind.INGRESS_GATEWAY, NodeKind.EGRESS_GATEWAY, NodeKind.IDENTITY_PROVIDER, NodeKind.AUTHZ_SERVER,
            NodeKind.TOKEN_SERVICE);

    private static final RuleMetadata METADATA = new RuleMetadata(ID, "East-west call is not mutually authenticated",
            "Service-to-service traffic should be mutually authenticated and encrypted (mTLS); otherwise any "
                    + "workload can impersonate a caller and internal traffic can be sniffed.",
            "Enforce mTLS between the services: STRICT peer authentication mesh-wide, or TLS with client "
                    + "certificates.",
            Severity.HIGH, "unauthenticated, sniffable internal traffic",
            EnumSet.of(Stride.S, Stride.I, Stride.T), List.of(Strategy.MS_SS_4),
            List.of(Reference.nist("MS-SS-4#2"), Facts.catalog("R204-4.2a"), Reference.cwe(319)),
            Targets.edges(),
            List.of("Istio PeerAuthentication STRICT (root namespace)", "DestinationRule tls.mode ISTIO_MUTUAL",
                    "Linkerd default mTLS", "Consul Connect"),
            RuleKind.CHECK, false);

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public Optional<Remedy> remedy() {
        return Optional.of(Remedy.set("Set call TLS to mTLS", EdgeAttributes.TLS, TlsMode.MTLS));
    }

    @Override
    public Outcome evaluate(Edge edge, AnalysisContext context) {
        if (!context.isEastWest(edge) || !SERVICE_HOPS.contains(context.sourceKind(edge))
                || !SERVICE_HOPS.contains(context.targetKind(edge))) {
            return Outcome.NOT_APPLICABLE;
        }
        Fact<TlsMode> tls = edge.get(EdgeAttributes.TLS);
        if (tls.isUnknown()) {
            return Outcome.unknown(edge.id(), EdgeAttributes.TLS);
        }
        if (tls.is(TlsMode.MTLS)) {
            return Outcome.PASS;
        }
        boolean highly = context.targetIsAtLeast(edge, Sensitivity.HIGHLY_SENSITIVE);
        // Resolved here so that the message, built when read, does not keep the context alive.
        Node msgFrom = context.source(edge);
        Node msgTo = context.target(edge);
        return Outcome.fire(context.rubric(METADATA.severity(), highly, false), () -> msgFrom.name()
                + " calls " + msgTo.name() + " with tls " + Facts.wire(tls.value()) + ", not mTLS",
                List.of(Facts.evidence(edge.id(), EdgeAttributes.TLS, tls)));
    }
}
