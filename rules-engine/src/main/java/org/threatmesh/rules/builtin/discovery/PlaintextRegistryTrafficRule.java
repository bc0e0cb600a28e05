package org.threatmesh.rules.builtin.discovery;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.threatmesh.model.Edge;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.attr.*;
import org.threatmesh.rules.*;
import org.threatmesh.rules.builtin.support.Facts;

/** R204-3.3: a call to or from the service registry is not encrypted. */
public final class PlaintextRegistryTrafficRule implements EdgeRule {

    public static final String ID = "plaintext-registry-traffic";

    private static final RuleMetadata METADATA = new RuleMetadata(ID, "Registry traffic is not encrypted",
            "Traffic between application services and the registry must use a secure protocol; in clear text, "
                    + "registrations and lookups can be read and tampered with, redirecting traffic to rogue nodes.",
            "Use TLS (ideally mTLS) for every registration, refresh and lookup.",
            Severity.HIGH, "registration and lookup tampering enables rogue-node registration",
            EnumSet.of(Stride.T, Stride.I, Stride.S), List.of(Strategy.MS_SS_3),
            List.of(Reference.nist("MS-SS-3#3"), Facts.catalog("R204-3.3"), Reference.cwe(319)),
            Targets.edges(),
            List.of("Consul verify_incoming / verify_outgoing / verify_server_hostname or auto-encrypt",
                    "Eureka over HTTPS", "xDS over mTLS (Istio default)"),
            RuleKind.CHECK, false);

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public Optional<Remedy> remedy() {
        return Optional.of(Remedy.set("Set registry traffic to mTLS", EdgeAttributes.TLS, TlsMode.MTLS));
    }

    @Override
    public Outcome evaluate(Edge edge, AnalysisContext context) {
        Node registry = context.targetKind(edge) == NodeKind.SERVICE_REGISTRY ? context.target(edge)
                : context.sourceKind(edge) == NodeKind.SERVICE_REGISTRY ? context.source(edge) : null;
        if (registry == null) {
            return Outcome.NOT_APPLICABLE;
        }
        Fact<TlsMode> tls = edge.get(EdgeAttributes.TLS);
        if (tls.isUnknown()) {
            return Outcome.unknown(edge.id(), EdgeAttributes.TLS);
        }
        if (!tls.is(TlsMode.NONE)) {
            return Outcome.PASS;
        }
        // Resolved here so that the message, built when read, does not keep the context alive.
        Node msgFrom = context.source(edge);
        Node msgTo = context.target(edge);
        return Outcome.fire(METADATA.severity(), () -> msgFrom.name() + " talks to "
                + msgTo.name() + " without TLS", List.of(Facts.evidence(edge.id(), EdgeAttributes.TLS, tls)));
    }
}
