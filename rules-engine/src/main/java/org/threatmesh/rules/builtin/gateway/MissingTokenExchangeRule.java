package org.threatmesh.rules.builtin.gateway;

import java.util.ArrayList;
import java.util.List;
import org.threatmesh.model.Edge;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.attr.EdgeAttributes;
import org.threatmesh.model.attr.Fact;
import org.threatmesh.model.attr.GatewayAttributes;
import org.threatmesh.model.attr.GatewayTier;
import org.threatmesh.model.attr.TokenScope;
import org.threatmesh.rules.AnalysisContext;
import org.threatmesh.rules.Evidence;
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
import org.threatmesh.rules.builtin.support.Topology;

/**
 * R204-12.5: in a deployment with microgateways, an edge gateway that does not exchange the edge token for narrower
 * ones, or that passes a broad token straight to a microgateway.
 */
public final class MissingTokenExchangeRule implements NodeRule {

    private static final RuleMetadata METADATA = Meta.rule("edge-token-not-exchanged")
            .title("Edge token passed to microgateways without exchange")
            .rationale("The token accepted at the edge may be broad; passed unchanged to inner gateways it grants "
                    + "far more than the inner call needs. SP 800-204 asks for a token exchange service between "
                    + "gateways so that inner tokens are narrower or of a type suited to the target platform.")
            .remediation("Exchange the edge token at the edge gateway for audience-restricted, narrowly scoped "
                    + "tokens before calling microgateways.")
            .severity(Severity.MEDIUM, "over-scoped tokens inside the perimeter")
            .stride(Stride.E, Stride.I)
            .strategies(Strategy.MS_SS_12)
            .nist("MS-SS-12#5")
            .catalog("R204-12.5")
            .cwe(250)
            .targets(Targets.nodes(NodeKind.API_GATEWAY))
            .artefacts("OAuth 2.0 Token Exchange (RFC 8693) via ext_authz", "Kong jwt-signer plugin",
                    "audience-restricted internal JWTs")
            .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public Reach reach() {
        return Reach.GRAPH;
    }

    @Override
    public java.util.Optional<java.util.Set<org.threatmesh.model.attr.AttributeKey<?>>> graphInputs() {
        return java.util.Optional.of(java.util.Set.of(org.threatmesh.model.attr.GatewayAttributes.TIER));
    }

    @Override
    public Outcome evaluate(Node node, AnalysisContext context) {
        Facts facts = Facts.collect();
        Fact<GatewayTier> tier = facts.of(node, GatewayAttributes.TIER);
        if (tier.is(GatewayTier.MICRO)) {
            return Outcome.NOT_APPLICABLE;
        }
        Facts others = Facts.collect();
        boolean microgateways = false;
        for (Node other : context.nodesOfKind(NodeKind.API_GATEWAY)) {
            if (!other.id().equals(node.id())) {
                microgateways |= others.of(other, GatewayAttributes.TIER).is(GatewayTier.MICRO);
            }
        }
        if (!microgateways) {
            return others.anyUnknown() ? others.unknownOutcome() : Outcome.NOT_APPLICABLE;
        }
        List<Evidence> evidence = new ArrayList<>();
        if (facts.of(node, GatewayAttributes.TOKEN_EXCHANGE).is(false)) {
            evidence.add(Evidences.of(node, GatewayAttributes.TOKEN_EXCHANGE));
        }
        for (Edge edge : Topology.outgoing(node, context)) {
            Node target = context.target(edge);
            if (context.targetKind(edge) == NodeKind.API_GATEWAY
                    && target.get(GatewayAttributes.TIER).is(GatewayTier.MICRO)
                    && facts.of(edge, EdgeAttributes.TOKEN_SCOPE).is(TokenScope.BROAD)) {
                evidence.add(Evidences.of(edge, EdgeAttributes.TOKEN_SCOPE));
            }
        }
        if (evidence.isEmpty() || tier.isUnknown()) {
            return facts.anyUnknown() ? facts.unknownOutcome() : Outcome.PASS;
        }
        return Outcome.fire(Severities.forNode(METADATA, node, context), () -> "Edge gateway " + node.name()
                + " passes its tokens to microgateways without exchanging them for narrower ones", evidence);
    }
}
