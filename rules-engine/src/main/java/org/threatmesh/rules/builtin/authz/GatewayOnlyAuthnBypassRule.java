package org.threatmesh.rules.builtin.authz;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.threatmesh.model.Edge;
import org.threatmesh.model.EdgeId;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.attr.*;
import org.threatmesh.rules.*;
import org.threatmesh.rules.builtin.support.Facts;

/** R204-2.6: a service trusts the gateway's authentication yet accepts calls around it without mTLS. */
public final class GatewayOnlyAuthnBypassRule implements NodeRule {

    public static final String ID = "gateway-only-authn-bypass";

    private static final RuleMetadata METADATA = new RuleMetadata(ID,
            "Service trusting gateway authentication accepts unauthenticated calls around it",
            "When authentication and authorization live only at the gateway, any well-placed component can connect "
                    + "anonymously to the service around the gateway; mutual authentication refuses such connections.",
            "Require mTLS (STRICT peer authentication) on the service and allow only the gateway's identity, or "
                    + "authenticate callers in the service itself.",
            Severity.HIGH, "anonymous bypass of every gateway control; critical for highly sensitive data or when "
                    + "an internet caller is among the bypassing callers",
            EnumSet.of(Stride.S, Stride.E), List.of(Strategy.MS_SS_2),
            List.of(Reference.nist("MS-SS-2#6"), Facts.catalog("R204-2.6"), Reference.cwe(288)),
            Targets.nodes(NodeKind.SERVICE),
            List.of("Istio PeerAuthentication mtls.mode STRICT + AuthorizationPolicy source.principals = gateway",
                    "Kubernetes NetworkPolicy ingress only from gateway pods", "Kong upstream mTLS"),
            RuleKind.CHECK, false);

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public Reach reach() {
        return Reach.NEIGHBOURS;
    }

    @Override
    public Outcome evaluate(Node node, AnalysisContext context) {
        Fact<Boolean> relies = node.get(WorkloadAttributes.RELIES_ON_GATEWAY_AUTHN);
        if (relies.isUnknown()) {
            return Outcome.unknown(node.id(), WorkloadAttributes.RELIES_ON_GATEWAY_AUTHN);
        }
        if (!relies.value()) {
            return Outcome.NOT_APPLICABLE;
        }
        Facts facts = Facts.collect();
        List<Evidence> evidence = new ArrayList<>();
        boolean fromInternet = false;
        // In call id order, like every inbound list of the context.
        for (Edge edge : context.callsInto(node.id())) {
            EdgeId id = edge.id();
            if (context.sourceKind(edge).isGateway()) {
                continue;
            }
            Fact<TlsMode> tls = facts.track(id, EdgeAttributes.TLS, edge.get(EdgeAttributes.TLS));
            if (tls.isKnown() && !tls.is(TlsMode.MTLS)) {
                evidence.add(Facts.evidence(id, EdgeAttributes.TLS, tls));
                fromInternet |= context.isNorthSouth(edge);
            }
        }
        if (evidence.isEmpty()) {
            return facts.unknownOrPass();
        }
        boolean highly = node.get(WorkloadAttributes.DATA_SENSITIVITY).is(Sensitivity.HIGHLY_SENSITIVE);
        evidence.add(0, Facts.evidence(node.id(), WorkloadAttributes.RELIES_ON_GATEWAY_AUTHN, relies));
        return Outcome.fire(highly || fromInternet ? Severity.CRITICAL : Severity.HIGH, () -> node.name()
                + " relies on the gateway for authentication but accepts " + (evidence.size() - 1)
                + " call(s) from non-gateway callers without mTLS", evidence);
    }
}
