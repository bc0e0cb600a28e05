package org.threatmesh.rules.builtin.transport;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.threatmesh.model.Edge;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.attr.*;
import org.threatmesh.rules.*;
import org.threatmesh.rules.builtin.support.Facts;

/** R204-4.2b: north-south traffic into a gateway is not encrypted. */
public final class PlaintextNorthSouthRule implements EdgeRule {

    public static final String ID = "plaintext-north-south";

    private static final RuleMetadata METADATA = new RuleMetadata(ID, "Client traffic to the gateway is not encrypted",
            "Client-to-gateway traffic should be encrypted and authenticated; in clear text, credentials and data "
                    + "cross the internet readable by anyone on the path.",
            "Terminate TLS at the gateway (HTTPS listener, HSTS) and refuse plain HTTP.",
            Severity.HIGH, "readable traffic across the internet; critical when credentials or sensitive data flow",
            EnumSet.of(Stride.I, Stride.S, Stride.T), List.of(Strategy.MS_SS_4),
            List.of(Reference.nist("MS-SS-4#2"), Facts.catalog("R204-4.2b"), Reference.cwe(319)),
            Targets.edges(),
            List.of("Istio Gateway tls.mode SIMPLE / MUTUAL", "Gateway API listener tls", "HSTS"),
            RuleKind.CHECK, false);

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public Optional<Remedy> remedy() {
        return Optional.of(Remedy.set("Set call TLS to TLS",
                EdgeAttributes.TLS, TlsMode.TLS));
    }

    @Override
    public Outcome evaluate(Edge edge, AnalysisContext context) {
        if (!context.targetKind(edge).isGateway() || !context.isNorthSouth(edge)) {
            return Outcome.NOT_APPLICABLE;
        }
        Fact<TlsMode> tls = edge.get(EdgeAttributes.TLS);
        if (tls.isUnknown()) {
            return Outcome.unknown(edge.id(), EdgeAttributes.TLS);
        }
        if (!tls.is(TlsMode.NONE)) {
            return Outcome.PASS;
        }
        Fact<ClientAuthn> authn = edge.get(EdgeAttributes.CLIENT_AUTHN);
        boolean credentials = authn.isKnown() && !authn.is(ClientAuthn.NONE);
        boolean sensitiveData = edge.get(EdgeAttributes.DATA_SENSITIVITY)
                .matches(value -> value.compareTo(Sensitivity.SENSITIVE) >= 0);
        // Resolved here so that the message, built when read, does not keep the context alive.
        Node msgFrom = context.source(edge);
        Node msgTo = context.target(edge);
        return Outcome.fire(credentials || sensitiveData ? Severity.CRITICAL : Severity.HIGH,
                () -> msgFrom.name() + " reaches " + msgTo.name() + " without TLS",
                List.of(Facts.evidence(edge.id(), EdgeAttributes.TLS, tls),
                        Facts.evidence(edge.id(), EdgeAttributes.CLIENT_AUTHN, authn),
                        Facts.evidence(edge.id(), EdgeAttributes.DATA_SENSITIVITY,
                                edge.get(EdgeAttributes.DATA_SENSITIVITY))));
    }
}
