package org.threatmesh.rules.builtin.transport;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.threatmesh.model.Edge;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.attr.*;
import org.threatmesh.rules.*;
import org.threatmesh.rules.builtin.support.Facts;

/** R204-4.2d (extension): a connection to or from a message broker is unencrypted or unauthenticated. */
public final class InsecureBrokerConnectionRule implements EdgeRule {

    public static final String ID = "insecure-broker-connection";

    private static final RuleMetadata METADATA = new RuleMetadata(ID, "Message broker connection is unencrypted or anonymous",
            "The broker is an east-west hop: producers and consumers talking to it without TLS or without "
                    + "authentication let anyone on the network read, inject or replay messages. NIST names "
                    + "service-to-service traffic; extending it to the broker is ThreatMesh's reading.",
            "Use TLS and authenticated connections for every producer and consumer (SASL_SSL with ACLs, TLS with "
                    + "x509 or SASL, TLS with nkeys).",
            Severity.HIGH, "the broker is an east-west hop carrying business events",
            EnumSet.of(Stride.S, Stride.I, Stride.T), List.of(Strategy.MS_SS_4),
            List.of(Reference.nist("MS-SS-4#2"), Facts.catalog("R204-4.2d"), Reference.cwe(319)),
            Targets.edges(),
            List.of("Kafka SSL / SASL_SSL + ACLs", "RabbitMQ TLS + x509 / SASL", "NATS TLS + nkeys"),
            RuleKind.CHECK, true);

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public Optional<Remedy> remedy() {
        return Optional.of(Remedy.set("Use mTLS with client identity", EdgeAttributes.TLS, TlsMode.MTLS)
                .and(EdgeAttributes.CLIENT_AUTHN, ClientAuthn.MTLS_IDENTITY));
    }

    @Override
    public Outcome evaluate(Edge edge, AnalysisContext context) {
        if (context.sourceKind(edge) != NodeKind.MESSAGE_BROKER
                && context.targetKind(edge) != NodeKind.MESSAGE_BROKER) {
            return Outcome.NOT_APPLICABLE;
        }
        Facts facts = Facts.collect();
        Fact<TlsMode> tls = facts.track(edge.id(), EdgeAttributes.TLS, edge.get(EdgeAttributes.TLS));
        Fact<ClientAuthn> authn = facts.track(edge.id(), EdgeAttributes.CLIENT_AUTHN,
                edge.get(EdgeAttributes.CLIENT_AUTHN));
        List<Evidence> evidence = new ArrayList<>();
        if (tls.is(TlsMode.NONE)) {
            evidence.add(Facts.evidence(edge.id(), EdgeAttributes.TLS, tls));
        }
        if (authn.is(ClientAuthn.NONE)) {
            evidence.add(Facts.evidence(edge.id(), EdgeAttributes.CLIENT_AUTHN, authn));
        }
        if (evidence.isEmpty()) {
            return facts.unknownOrPass();
        }
        // Resolved here so that the message, built when read, does not keep the context alive.
        Node msgFrom = context.source(edge);
        Node msgTo = context.target(edge);
        return Outcome.fire(METADATA.severity(), () -> msgFrom.name() + " and " + msgTo.name()
                + " exchange messages " + (tls.is(TlsMode.NONE) ? "without TLS" : "")
                + (evidence.size() == 2 ? " and " : "") + (authn.is(ClientAuthn.NONE) ? "without authentication" : ""),
                evidence);
    }
}
