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

/** R204-2.1a: north-south traffic enters an edge gateway or ingress that enforces no authorization. */
public final class EdgeGatewayWithoutAuthzRule implements EdgeRule {

    public static final String ID = "edge-gateway-without-authz";

    private static final RuleMetadata METADATA = new RuleMetadata(ID, "Front-door gateway enforces no authorization",
            "Coarse access policies (which functions a caller may call) belong at the entry gateway; without them "
                    + "every internet caller reaches every routed API.",
            "Enforce coarse authorization at the gateway: methods, paths and required request principals per route.",
            Severity.HIGH, "no coarse gate at the front door",
            EnumSet.of(Stride.E), List.of(Strategy.MS_SS_2),
            List.of(Reference.nist("MS-SS-2#1"), Facts.catalog("R204-2.1a"), Reference.cwe(862)),
            Targets.edges(),
            List.of("Istio AuthorizationPolicy on the ingress gateway", "Envoy Gateway SecurityPolicy.authorization",
                    "Kong acl / opa plugin"),
            RuleKind.CHECK, false);

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public Outcome evaluate(Edge edge, AnalysisContext context) {
        Node gateway = context.target(edge);
        NodeKind kind = context.targetKind(edge);
        boolean frontDoor = kind == NodeKind.INGRESS_GATEWAY
                || kind == NodeKind.API_GATEWAY && !gateway.get(GatewayAttributes.TIER).is(GatewayTier.MICRO);
        if (!frontDoor || !context.isNorthSouth(edge)) {
            return Outcome.NOT_APPLICABLE;
        }
        Fact<AuthzLevel> authz = gateway.get(GatewayAttributes.AUTHZ);
        if (authz.isUnknown()) {
            return Outcome.unknown(gateway.id(), GatewayAttributes.AUTHZ);
        }
        if (!authz.is(AuthzLevel.NONE)) {
            return Outcome.PASS;
        }
        // Resolved here so that the message, built when read, does not keep the context alive.
        Node msgFrom = context.source(edge);
        Node msgTo = context.target(edge);
        return Outcome.fire(METADATA.severity(), () -> msgFrom.name() + " enters through " + gateway.name()
                + ", which enforces no authorization",
                List.of(Facts.evidence(gateway.id(), GatewayAttributes.AUTHZ, authz),
                        Facts.evidence(edge.id(), "north-south", true)));
    }
}
