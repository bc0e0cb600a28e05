package org.threatmesh.rules.builtin.transport;

import java.util.EnumSet;
import java.util.List;
import org.threatmesh.model.Edge;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.attr.*;
import org.threatmesh.rules.*;
import org.threatmesh.rules.builtin.support.Facts;

/** R204-4.2c: north-south TLS into the gateway with neither client certificates nor token authentication. */
public final class GatewayWithoutClientAuthenticationRule implements EdgeRule {

    public static final String ID = "gateway-without-client-authentication";

    private static final RuleMetadata METADATA = new RuleMetadata(ID, "Client traffic to the gateway is not mutually authenticated",
            "NIST asks for mutually authenticated client-to-gateway traffic; one-way TLS with no client "
                    + "authentication at the transport or token level leaves the caller anonymous.",
            "Authenticate clients at the gateway: client certificates (MUTUAL TLS) for partners, tokens for "
                    + "browsers and apps.",
            Severity.LOW, "deviation from NIST's mutual-authentication wording; browsers usually authenticate by token",
            EnumSet.of(Stride.S), List.of(Strategy.MS_SS_4),
            List.of(Reference.nist("MS-SS-4#2"), Facts.catalog("R204-4.2c")),
            Targets.edges(),
            List.of("Istio Gateway tls.mode MUTUAL", "Envoy Gateway ClientTrafficPolicy client-certificate validation",
                    "Kong mtls-auth"),
            RuleKind.CHECK, false);

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public Outcome evaluate(Edge edge, AnalysisContext context) {
        if (!context.targetKind(edge).isGateway() || !context.isNorthSouth(edge)) {
            return Outcome.NOT_APPLICABLE;
        }
        Facts facts = Facts.collect();
        Fact<TlsMode> tls = facts.track(edge.id(), EdgeAttributes.TLS, edge.get(EdgeAttributes.TLS));
        if (tls.isKnown() && !tls.is(TlsMode.TLS)) {
            return tls.is(TlsMode.MTLS) ? Outcome.PASS : Outcome.NOT_APPLICABLE;
        }
        Fact<ClientAuthn> authn = facts.track(edge.id(), EdgeAttributes.CLIENT_AUTHN,
                edge.get(EdgeAttributes.CLIENT_AUTHN));
        if (authn.isKnown() && !authn.is(ClientAuthn.NONE)) {
            return Outcome.PASS;
        }
        if (facts.anyUnknown()) {
            return facts.unknown();
        }
        // Resolved here so that the message, built when read, does not keep the context alive.
        Node msgFrom = context.source(edge);
        Node msgTo = context.target(edge);
        return Outcome.fire(METADATA.severity(), () -> msgFrom.name() + " reaches "
                + msgTo.name() + " over one-way TLS without client authentication",
                List.of(Facts.evidence(edge.id(), EdgeAttributes.TLS, tls),
                        Facts.evidence(edge.id(), EdgeAttributes.CLIENT_AUTHN, authn)));
    }
}
