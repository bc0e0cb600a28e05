package org.threatmesh.rules.builtin.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.threatmesh.model.NodeKind.API_GATEWAY;
import static org.threatmesh.model.NodeKind.AUTHZ_SERVER;
import static org.threatmesh.model.NodeKind.EGRESS_GATEWAY;
import static org.threatmesh.model.NodeKind.IDENTITY_PROVIDER;
import static org.threatmesh.model.NodeKind.INGRESS_GATEWAY;
import static org.threatmesh.model.NodeKind.MONITORING;
import static org.threatmesh.model.NodeKind.SERVICE;
import static org.threatmesh.model.attr.EdgeAttributes.TLS;
import static org.threatmesh.model.attr.EdgeAttributes.TOKEN_SCOPE;
import static org.threatmesh.model.attr.GatewayAttributes.AUTHN_METHODS;
import static org.threatmesh.model.attr.GatewayAttributes.IDM_INTEGRATION;
import static org.threatmesh.model.attr.GatewayAttributes.IDP_CONNECTOR;
import static org.threatmesh.model.attr.GatewayAttributes.TIER;
import static org.threatmesh.model.attr.GatewayAttributes.TOKEN_EXCHANGE;
import static org.threatmesh.model.attr.GatewayAttributes.TOKEN_ISSUER_CONNECTOR;
import static org.threatmesh.model.attr.WorkloadAttributes.DATA_SENSITIVITY;
import static org.threatmesh.rules.builtin.RuleFixtures.a;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.attr.GatewayTier;
import org.threatmesh.model.attr.Sensitivity;
import org.threatmesh.model.attr.TlsMode;
import org.threatmesh.model.attr.TokenScope;
import org.threatmesh.rules.builtin.RuleFixtures;
import org.threatmesh.rules.builtin.RuleHarness;

class GatewayRulesTest {

    @Test
    void gatewaysNeedProvisionedCredentials() {
        ThreatModel model = RuleFixtures.model()
                .node("open", API_GATEWAY, null, a(IDM_INTEGRATION, false), a(AUTHN_METHODS, List.of()))
                .node("open-to-pii", INGRESS_GATEWAY, null, a(IDM_INTEGRATION, false), a(AUTHN_METHODS, List.of()))
                .node("dont-fire-idm", API_GATEWAY, null, a(IDM_INTEGRATION, true))
                .node("dont-fire-jwt", API_GATEWAY, null, a(IDM_INTEGRATION, false), a(AUTHN_METHODS, List.of("jwt")))
                .node("vague", API_GATEWAY, null, a(IDM_INTEGRATION, false))
                .node("catalog", SERVICE, null, a(DATA_SENSITIVITY, Sensitivity.PUBLIC))
                .node("customers", SERVICE, null)
                .edge("e1", "open", "catalog")
                .edge("e2", "open-to-pii", "customers")
                .build();

        assertThat(RuleHarness.run(new UnprovisionedGatewayCredentialsRule(), model)).containsExactly(
                "gateway-without-provisioned-credentials@open fire medium",
                "gateway-without-provisioned-credentials@open-to-pii fire high",
                "gateway-without-provisioned-credentials@vague unknown vague.authnMethods");
    }

    @Test
    void authenticatingGatewaysNeedAnIdpConnector() {
        ThreatModel model = RuleFixtures.model()
                .node("local-users", API_GATEWAY, null, a(AUTHN_METHODS, List.of("basic")), a(IDP_CONNECTOR, false))
                .node("dont-fire-edge", API_GATEWAY, null, a(AUTHN_METHODS, List.of("oidc")), a(IDP_CONNECTOR, false))
                .node("dont-fire-flag", INGRESS_GATEWAY, null, a(AUTHN_METHODS, List.of("oidc")),
                        a(IDP_CONNECTOR, true))
                .node("dont-fire-anon", API_GATEWAY, null, a(AUTHN_METHODS, List.of()))
                .node("vague", API_GATEWAY, null, a(AUTHN_METHODS, List.of("jwt")))
                .node("idp", IDENTITY_PROVIDER, null)
                .edge("e1", "dont-fire-edge", "idp")
                .build();

        assertThat(RuleHarness.run(new MissingIdpConnectorRule(), model)).containsExactly(
                "gateway-without-idp-connector@local-users fire low",
                "gateway-without-idp-connector@vague unknown vague.idpConnector");
    }

    @Test
    void gatewaysNeedATokenIssuer() {
        ThreatModel model = RuleFixtures.model()
                .node("gw", API_GATEWAY, null, a(TOKEN_ISSUER_CONNECTOR, false))
                .node("dont-fire-edge", API_GATEWAY, null, a(TOKEN_ISSUER_CONNECTOR, false))
                .node("dont-fire-flag", INGRESS_GATEWAY, null, a(TOKEN_ISSUER_CONNECTOR, true))
                .node("vague", INGRESS_GATEWAY, null)
                .node("authz", AUTHZ_SERVER, null)
                .edge("e1", "dont-fire-edge", "authz")
                .build();

        assertThat(RuleHarness.run(new MissingTokenIssuerRule(), model)).containsExactly(
                "gateway-without-token-issuer@gw fire low",
                "gateway-without-token-issuer@vague unknown vague.tokenIssuerConnector");
    }

    @Test
    void gatewayTrafficMustReachMonitoringOverTls() {
        ThreatModel model = RuleFixtures.model()
                .node("silent", API_GATEWAY, null)
                .node("plain", INGRESS_GATEWAY, null)
                .node("dont-fire-gw", INGRESS_GATEWAY, null)
                .node("dont-fire-egress", EGRESS_GATEWAY, null)
                .node("vague", API_GATEWAY, null)
                .node("otel", MONITORING, null)
                .edge("e1", "plain", "otel", a(TLS, TlsMode.NONE))
                .edge("e2", "dont-fire-gw", "otel", a(TLS, TlsMode.MTLS))
                .edge("e3", "vague", "otel")
                .build();

        assertThat(RuleHarness.run(new UnmonitoredGatewayTrafficRule(), model)).containsExactly(
                "gateway-traffic-not-monitored@plain fire medium",
                "gateway-traffic-not-monitored@silent fire medium",
                "gateway-traffic-not-monitored@vague unknown e3.tls");
    }

    @Test
    void edgeGatewaysMustExchangeTokensForMicrogateways() {
        RuleFixtures base = RuleFixtures.model()
                .node("edge", API_GATEWAY, null, a(TIER, GatewayTier.EDGE), a(TOKEN_EXCHANGE, true))
                .node("micro", API_GATEWAY, null, a(TIER, GatewayTier.MICRO));
        assertThat(RuleHarness.run(new MissingTokenExchangeRule(),
                base.edge("e1", "edge", "micro", a(TOKEN_SCOPE, TokenScope.NARROW)).build())).isEmpty();
        assertThat(RuleHarness.run(new MissingTokenExchangeRule(),
                base.edge("e1", "edge", "micro", a(TOKEN_SCOPE, TokenScope.BROAD)).build()))
                .containsExactly("edge-token-not-exchanged@edge fire medium");
        assertThat(RuleHarness.run(new MissingTokenExchangeRule(),
                base.node("legacy", API_GATEWAY, null, a(TIER, GatewayTier.EDGE), a(TOKEN_EXCHANGE, false)).build()))
                .containsExactly("edge-token-not-exchanged@legacy fire medium");
        assertThat(RuleHarness.run(new MissingTokenExchangeRule(),
                base.node("legacy", API_GATEWAY, null, a(TIER, GatewayTier.EDGE)).build()))
                .containsExactly("edge-token-not-exchanged@legacy unknown legacy.tokenExchange");
    }

    @Test
    void tokenExchangeDoesNotApplyWithoutMicrogateways() {
        ThreatModel model = RuleFixtures.model()
                .node("edge", API_GATEWAY, null, a(TIER, GatewayTier.EDGE), a(TOKEN_EXCHANGE, false))
                .node("other", API_GATEWAY, null, a(TIER, GatewayTier.EDGE))
                .build();
        assertThat(RuleHarness.run(new MissingTokenExchangeRule(), model)).isEmpty();

        ThreatModel vague = RuleFixtures.model()
                .node("edge", API_GATEWAY, null, a(TIER, GatewayTier.EDGE), a(TOKEN_EXCHANGE, false))
                .node("other", API_GATEWAY, null)
                .build();
        assertThat(RuleHarness.run(new MissingTokenExchangeRule(), vague))
                .containsExactly("edge-token-not-exchanged@edge unknown other.tier");
    }

    @Test
    void registryIsSortedById() {
        assertThat(GatewayRules.all()).extracting(rule -> rule.metadata().id())
                .isSorted().containsExactlyInAnyOrder(
                        "gateway-without-provisioned-credentials", "gateway-without-idp-connector",
                        "gateway-without-token-issuer", "gateway-traffic-not-monitored", "edge-token-not-exchanged");
    }
}
