package org.threatmesh.rules.builtin.gateway;

import java.util.List;
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

/** R204-12.2: a gateway that authenticates clients itself with no connector to an identity provider. */
public final class MissingIdpConnectorRule implements NodeRule {

    private static final RuleMetadata METADATA = Meta.rule("gateway-without-idp-connector")
            .title("Gateway authenticates without an identity provider")
            .rationale("A gateway that authenticates users against its own store duplicates identity management "
                    + "outside the enterprise's controls; SP 800-204 asks for connectors to identity providers when "
                    + "identity management is reached through the gateway.")
            .remediation("Connect the gateway to the identity provider, for example through OIDC, instead of a local "
                    + "user store.")
            .severity(Severity.LOW, "capability item; credentials are still checked")
            .stride(Stride.S)
            .strategies(Strategy.MS_SS_12)
            .nist("MS-SS-12#2")
            .catalog("R204-12.2")
            .targets(Targets.nodes(NodeKind.API_GATEWAY, NodeKind.INGRESS_GATEWAY))
            .artefacts("Envoy Gateway SecurityPolicy oidc", "oauth2-proxy via ext_authz", "Kong openid-connect plugin")
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
        Facts facts = Facts.collect();
        Fact<List<String>> methods = facts.of(node, GatewayAttributes.AUTHN_METHODS);
        if (methods.matches(List::isEmpty)) {
            return Outcome.NOT_APPLICABLE;
        }
        for (NodeId id : context.callees(node.id())) {
            if (context.node(id).kind() == NodeKind.IDENTITY_PROVIDER) {
                return Outcome.PASS;
            }
        }
        Fact<Boolean> connector = facts.of(node, GatewayAttributes.IDP_CONNECTOR);
        if (connector.is(true)) {
            return Outcome.PASS;
        }
        if (facts.anyUnknown()) {
            return facts.unknownOutcome();
        }
        return Outcome.fire(Severities.forNode(METADATA, node, context), () -> node.kind().displayName() + " " + node.name()
                        + " authenticates clients without a connector to an identity provider",
                List.of(Evidences.of(node, GatewayAttributes.AUTHN_METHODS),
                        Evidences.of(node, GatewayAttributes.IDP_CONNECTOR)));
    }
}
