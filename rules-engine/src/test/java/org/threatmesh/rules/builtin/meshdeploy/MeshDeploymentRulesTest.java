package org.threatmesh.rules.builtin.meshdeploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.threatmesh.model.NodeKind.API_GATEWAY;
import static org.threatmesh.model.NodeKind.EGRESS_GATEWAY;
import static org.threatmesh.model.NodeKind.EXTERNAL_CLIENT;
import static org.threatmesh.model.NodeKind.EXTERNAL_SERVICE;
import static org.threatmesh.model.NodeKind.INGRESS_GATEWAY;
import static org.threatmesh.model.NodeKind.MESH_CONTROL_PLANE;
import static org.threatmesh.model.NodeKind.MONITORING;
import static org.threatmesh.model.NodeKind.SERVICE;
import static org.threatmesh.model.attr.EdgeAttributes.CIRCUIT_BREAKER;
import static org.threatmesh.model.attr.EdgeAttributes.CLIENT_AUTHN;
import static org.threatmesh.model.attr.EdgeAttributes.MODE;
import static org.threatmesh.model.attr.EdgeAttributes.TIMEOUT;
import static org.threatmesh.model.attr.EdgeAttributes.TLS;
import static org.threatmesh.model.attr.EdgeAttributes.TOKEN_KIND;
import static org.threatmesh.model.attr.GatewayAttributes.CORS;
import static org.threatmesh.model.attr.InfrastructureAttributes.CLIENT_TYPE;
import static org.threatmesh.model.attr.InfrastructureAttributes.MONITORING_ROLE;
import static org.threatmesh.model.attr.MeshAttributes.PEER_AUTH_DEFAULT;
import static org.threatmesh.model.attr.ModelAttributes.CONFIG_IN_ROBUST_STORE;
import static org.threatmesh.model.attr.WorkloadAttributes.APP_BINDS_LOOPBACK;
import static org.threatmesh.model.attr.WorkloadAttributes.MESH_MODE;
import static org.threatmesh.model.attr.WorkloadAttributes.PROPAGATES_TRACE_HEADERS;
import static org.threatmesh.model.attr.WorkloadAttributes.REGISTRATION_HEALTH_GATED;
import static org.threatmesh.model.attr.WorkloadAttributes.SERVICE_ACCOUNT;
import static org.threatmesh.model.attr.ZoneAttributes.NAMESPACE;
import static org.threatmesh.rules.builtin.RuleFixtures.a;

import org.junit.jupiter.api.Test;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.ZoneKind;
import org.threatmesh.model.attr.CallMode;
import org.threatmesh.model.attr.CircuitBreakerPlacement;
import org.threatmesh.model.attr.ClientAuthn;
import org.threatmesh.model.attr.ClientType;
import org.threatmesh.model.attr.CorsHandling;
import org.threatmesh.model.attr.MeshMode;
import org.threatmesh.model.attr.MonitoringRole;
import org.threatmesh.model.attr.PeerAuthMode;
import org.threatmesh.model.attr.TlsMode;
import org.threatmesh.model.attr.TokenKind;
import org.threatmesh.rules.RuleKind;
import org.threatmesh.rules.builtin.RuleFixtures;
import org.threatmesh.rules.builtin.RuleHarness;

class MeshDeploymentRulesTest {

    @Test
    void proxyPortsNeedAttestationPerMesh() {
        ThreatModel model = RuleFixtures.model().node("istiod", MESH_CONTROL_PLANE, null).node("svc", SERVICE, null).build();

        assertThat(new ProxyPortsAttestationRule().metadata().kind()).isEqualTo(RuleKind.ATTESTATION);
        assertThat(RuleHarness.run(new ProxyPortsAttestationRule(), model))
                .containsExactly("proxy-inbound-ports-attestation@istiod fire low");
        assertThat(RuleHarness.run(new ProxyPortsAttestationRule(), RuleFixtures.model().node("svc", SERVICE, null).build()))
                .isEmpty();
    }

    @Test
    void applicationsMustSitBehindStrictMtls() {
        ThreatModel model = RuleFixtures.model()
                .node("permissive", MESH_CONTROL_PLANE, null, a(PEER_AUTH_DEFAULT, PeerAuthMode.PERMISSIVE))
                .node("dont-fire-strict", MESH_CONTROL_PLANE, null, a(PEER_AUTH_DEFAULT, PeerAuthMode.STRICT))
                .node("open-app", SERVICE, null, a(MESH_MODE, MeshMode.SIDECAR), a(APP_BINDS_LOOPBACK, false))
                .node("dont-fire-loopback", SERVICE, null, a(MESH_MODE, MeshMode.SIDECAR), a(APP_BINDS_LOOPBACK, true))
                .node("dont-fire-ambient", SERVICE, null, a(MESH_MODE, MeshMode.AMBIENT), a(APP_BINDS_LOOPBACK, false))
                .node("vague", SERVICE, null, a(APP_BINDS_LOOPBACK, false))
                .build();

        assertThat(RuleHarness.run(new AppReachableAroundSidecarRule(), model)).containsExactly(
                "app-reachable-around-sidecar@open-app fire high",
                "app-reachable-around-sidecar@permissive fire high",
                "app-reachable-around-sidecar@vague unknown vague.meshMode");
        assertThat(RuleHarness.fired(new AppReachableAroundSidecarRule(), model, "permissive").message())
                .isEqualTo("Mesh permissive accepts calls without mTLS (peer authentication permissive)");
    }

    @Test
    void externalCallsNeedBreakersAndTimeouts() {
        ThreatModel model = RuleFixtures.model()
                .node("svc", SERVICE, null)
                .node("psp", EXTERNAL_SERVICE, null)
                .edge("e-bare", "svc", "psp", a(MODE, CallMode.SYNC), a(CIRCUIT_BREAKER, CircuitBreakerPlacement.NONE))
                .edge("dont-fire-guarded", "svc", "psp", a(MODE, CallMode.SYNC),
                        a(CIRCUIT_BREAKER, CircuitBreakerPlacement.PROXY), a(TIMEOUT, 3000))
                .edge("dont-fire-async", "svc", "psp", a(MODE, CallMode.ASYNC))
                .edge("e-timeout", "svc", "psp", a(MODE, CallMode.SYNC),
                        a(CIRCUIT_BREAKER, CircuitBreakerPlacement.PROXY))
                .build();

        assertThat(RuleHarness.run(new ExternalCallWithoutResilienceRule(), model)).containsExactly(
                "external-call-without-resilience@e-bare fire medium",
                "external-call-without-resilience@e-timeout unknown e-timeout.timeout");
    }

    @Test
    void externalCallsMustGoThroughTheEgressGateway() {
        ThreatModel model = RuleFixtures.model()
                .node("meshed", SERVICE, null, a(MESH_MODE, MeshMode.SIDECAR))
                .node("legacy", SERVICE, null, a(MESH_MODE, MeshMode.NONE))
                .node("vague", SERVICE, null)
                .node("egress", EGRESS_GATEWAY, null)
                .node("psp", EXTERNAL_SERVICE, null)
                .edge("e-direct", "meshed", "psp")
                .edge("dont-fire-legacy", "legacy", "psp")
                .edge("dont-fire-egress", "egress", "psp")
                .edge("dont-fire-to-egress", "meshed", "egress")
                .edge("e-vague", "vague", "psp")
                .build();

        assertThat(RuleHarness.run(new EgressGatewayBypassRule(), model)).containsExactly(
                "external-call-bypasses-egress-gateway@e-direct fire medium",
                "external-call-bypasses-egress-gateway@e-vague unknown vague.meshMode");
    }

    @Test
    void servicesInOneNamespaceMustNotShareAServiceAccount() {
        ThreatModel model = RuleFixtures.model()
                .zone("shop", ZoneKind.NAMESPACE)
                .zone("billing-zone", ZoneKind.NAMESPACE, a(NAMESPACE, "billing"))
                .node("cart", SERVICE, "shop", a(SERVICE_ACCOUNT, "default"))
                .node("orders", SERVICE, "shop", a(SERVICE_ACCOUNT, "default"))
                .node("dont-fire-other-ns", SERVICE, "billing-zone", a(SERVICE_ACCOUNT, "default"))
                .node("dont-fire-own", SERVICE, "shop", a(SERVICE_ACCOUNT, "own"))
                .node("vague", SERVICE, "shop")
                .build();

        assertThat(RuleHarness.run(new SharedServiceAccountRule(), model)).containsExactly(
                "shared-service-account@cart fire medium",
                "shared-service-account@orders fire medium",
                "shared-service-account@vague unknown vague.serviceAccount");
        assertThat(RuleHarness.fired(new SharedServiceAccountRule(), model, "cart").message())
                .isEqualTo("cart shares service account default with orders");
    }

    @Test
    void endUserTokensMustBeEncryptedInTransit() {
        ThreatModel model = RuleFixtures.model()
                .zone("internet", ZoneKind.INTERNET)
                .node("client", EXTERNAL_CLIENT, "internet")
                .node("gw", API_GATEWAY, null)
                .node("svc", SERVICE, null)
                .edge("e-edge", "client", "gw", a(TLS, TlsMode.NONE), a(CLIENT_AUTHN, ClientAuthn.OIDC))
                .edge("e-inner", "gw", "svc", a(TLS, TlsMode.NONE), a(CLIENT_AUTHN, ClientAuthn.MTLS_IDENTITY),
                        a(TOKEN_KIND, TokenKind.EXTERNAL_USER))
                .edge("dont-fire-tls", "gw", "svc", a(TLS, TlsMode.MTLS))
                .edge("dont-fire-no-token", "svc", "gw", a(TLS, TlsMode.NONE),
                        a(CLIENT_AUTHN, ClientAuthn.MTLS_IDENTITY), a(TOKEN_KIND, TokenKind.SERVICE))
                .edge("e-tls-unknown", "svc", "gw", a(CLIENT_AUTHN, ClientAuthn.JWT))
                .build();

        assertThat(RuleHarness.run(new EndUserTokenInPlaintextRule(), model)).containsExactly(
                "end-user-token-in-plaintext@e-edge fire critical",
                "end-user-token-in-plaintext@e-inner fire high",
                "end-user-token-in-plaintext@e-tls-unknown unknown e-tls-unknown.tls");
    }

    @Test
    void servicesMustPropagateTraceHeadersWhenTracingExists() {
        RuleFixtures base = RuleFixtures.model()
                .node("drops", SERVICE, null, a(MESH_MODE, MeshMode.SIDECAR), a(PROPAGATES_TRACE_HEADERS, false))
                .node("dont-fire-propagates", SERVICE, null, a(MESH_MODE, MeshMode.SIDECAR),
                        a(PROPAGATES_TRACE_HEADERS, true))
                .node("dont-fire-legacy", SERVICE, null, a(MESH_MODE, MeshMode.NONE), a(PROPAGATES_TRACE_HEADERS, false))
                .node("vague", SERVICE, null, a(MESH_MODE, MeshMode.SIDECAR));

        assertThat(RuleHarness.run(new TraceHeadersDroppedRule(), base.build())).isEmpty();
        assertThat(RuleHarness.run(new TraceHeadersDroppedRule(),
                base.node("jaeger", MONITORING, null, a(MONITORING_ROLE, MonitoringRole.TRACING)).build()))
                .containsExactly(
                        "trace-headers-not-propagated@drops fire low",
                        "trace-headers-not-propagated@vague unknown vague.propagatesTraceHeaders");
    }

    @Test
    void configurationMustLiveInARobustStore() {
        RuleFixtures deployed = RuleFixtures.model().node("svc", SERVICE, null);
        assertThat(RuleHarness.run(new ConfigOutsideRobustStoreRule(),
                deployed.modelAttributes(a(CONFIG_IN_ROBUST_STORE, false)).build()))
                .containsExactly("config-outside-robust-store@model fire low");
        assertThat(RuleHarness.run(new ConfigOutsideRobustStoreRule(),
                deployed.modelAttributes(a(CONFIG_IN_ROBUST_STORE, true)).build())).isEmpty();
        assertThat(RuleHarness.run(new ConfigOutsideRobustStoreRule(), deployed.build()))
                .containsExactly("config-outside-robust-store@model unknown model.configInRobustStore");
        assertThat(RuleHarness.run(new ConfigOutsideRobustStoreRule(), RuleFixtures.model().build())).isEmpty();
    }

    @Test
    void meshDiscoveryMustBeHealthGated() {
        ThreatModel model = RuleFixtures.model()
                .node("ungated", SERVICE, null, a(MESH_MODE, MeshMode.SIDECAR), a(REGISTRATION_HEALTH_GATED, false))
                .node("dont-fire-gated", SERVICE, null, a(MESH_MODE, MeshMode.AMBIENT),
                        a(REGISTRATION_HEALTH_GATED, true))
                .node("dont-fire-legacy", SERVICE, null, a(MESH_MODE, MeshMode.NONE),
                        a(REGISTRATION_HEALTH_GATED, false))
                .node("vague", SERVICE, null, a(REGISTRATION_HEALTH_GATED, false))
                .build();

        assertThat(RuleHarness.run(new DiscoveryNotHealthIntegratedRule(), model)).containsExactly(
                "mesh-discovery-not-health-gated@ungated fire medium",
                "mesh-discovery-not-health-gated@vague unknown vague.meshMode");
    }

    @Test
    void browserFacingGatewaysNeedMeshCors() {
        ThreatModel model = RuleFixtures.model()
                .node("browser", EXTERNAL_CLIENT, null, a(CLIENT_TYPE, ClientType.BROWSER))
                .node("partner", EXTERNAL_CLIENT, null, a(CLIENT_TYPE, ClientType.PARTNER_SYSTEM))
                .node("someone", EXTERNAL_CLIENT, null)
                .node("app-cors", API_GATEWAY, null, a(CORS, CorsHandling.APPLICATION))
                .node("dont-fire-mesh", INGRESS_GATEWAY, null, a(CORS, CorsHandling.MESH))
                .node("dont-fire-b2b", API_GATEWAY, null, a(CORS, CorsHandling.NONE))
                .node("vague", API_GATEWAY, null, a(CORS, CorsHandling.NONE))
                .edge("e1", "browser", "app-cors")
                .edge("e2", "browser", "dont-fire-mesh")
                .edge("e3", "partner", "dont-fire-b2b")
                .edge("e4", "someone", "vague")
                .build();

        assertThat(RuleHarness.run(new CorsOutsideMeshRule(), model)).containsExactly(
                "cors-not-enforced-by-mesh@app-cors fire low",
                "cors-not-enforced-by-mesh@vague unknown someone.clientType");
        assertThat(RuleHarness.fired(new CorsOutsideMeshRule(), model, "app-cors").message())
                .isEqualTo("API gateway app-cors serves browsers and leaves CORS to application code");
    }

    @Test
    void registryIsSortedAndComplete() {
        assertThat(MeshDeploymentRules.all()).hasSize(20)
                .extracting(rule -> rule.metadata().id()).isSorted().doesNotHaveDuplicates();
    }
}
