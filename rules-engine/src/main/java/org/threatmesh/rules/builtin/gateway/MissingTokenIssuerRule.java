package org.threatmesh.rules.builtin.gateway;

import java.util.List;
import java.util.Set;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeId;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.attr.Fact;
import org.threatmesh.model.attr.GatewayAttributes;
import org.threatmesh.rules.AnalysisContext;
import org.threatmesh.rules.NodeRule;
import org.threatmesh.rules.Outcome;
import org.threatmesh.rules.Reach;
import org.threatmesh.rules.RuleMetadata;
import org.threatmesh.rules.Severity;
import org.threatmesh.rules.Strategy;
import org.threatmesh.rules.Stride;
import org.threatmesh.rules.Targets;
import org.threatmesh.rules.builtin.support.Evidences;
import org.threatmesh.rules.builtin.support.Facts;
import org.threatmesh.rules.builtin.support.Meta;
import org.threatmesh.rules.builtin.support.Severities;

/** R204-12.3: a gateway with no connection to a component that issues or introspects access tokens. */
public final class MissingTokenIssuerRule implements NodeRule {

    private static final Set<NodeKind> ISSUERS =
            Set.of(NodeKind.AUTHZ_SERVER, NodeKind.IDENTITY_PROVIDER, NodeKind.TOKEN_SERVICE);

    private static final RuleMetadata METADATA = Meta.rule("gateway-without-token-issuer")
            .title("Gateway without an access-token issuer")
            .rationale("Without a connector to an authorization server, the gateway cannot obtain or validate "
                    + "standard access tokens for client requests and falls back on weaker credentials; SP 800-204 "
                    + "asks for a connector to a token-issuing component such as an OAuth 2.0 server.")
            .remediation("Connect the gateway to an OAuth 2.0 authorization server for token issuance and "
                    + "introspection.")
            .severity(Severity.LOW, "capability item")
            .stride(Stride.S)
            .strategies(Strategy.MS_SS_12)
            .nist("MS-SS-12#3")
            .catalog("R204-12.3")
            .targets(Targets.nodes(NodeKind.API_GATEWAY, NodeKind.INGRESS_GATEWAY))
            .artefacts("OAuth 2.0 authorization server integration", "Envoy ext_authz to the token introspection "
                    + "endpoint", "Kong oauth2 plugin")
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
    public Outcome evaluate(Node node, AnalysisContext context) {
        for (NodeId id : context.callees(node.id())) {
            if (ISSUERS.contains(context.node(id).kind())) {
                return Outcome.PASS;
            }
        }
        Facts facts = Facts.collect();
        Fact<Boolean> connector = facts.of(node, GatewayAttributes.TOKEN_ISSUER_CONNECTOR);
        if (connector.isUnknown()) {
            return facts.unknownOutcome();
        }
        if (connector.value()) {
            return Outcome.PASS;
        }
        return Outcome.fire(Severities.forNode(METADATA, node, context), () -> node.kind().displayName() + " " + node.name()
                        + " has no connection to an access-token issuer",
                List.of(Evidences.of(node, GatewayAttributes.TOKEN_ISSUER_CONNECTOR),
                        Evidences.derived(node.id(), "calls to token issuers", "none")));
    }
}
