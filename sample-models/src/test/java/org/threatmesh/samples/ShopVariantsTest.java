package org.threatmesh.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.threatmesh.model.Edge;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeId;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.TrustZone;
import org.threatmesh.model.ZoneKind;
import org.threatmesh.model.attr.CaRoot;
import org.threatmesh.model.attr.CircuitBreakerPlacement;
import org.threatmesh.model.attr.ClientAuthn;
import org.threatmesh.model.attr.DefaultAuthz;
import org.threatmesh.model.attr.EdgeAttributes;
import org.threatmesh.model.attr.EgressDefault;
import org.threatmesh.model.attr.L3Policy;
import org.threatmesh.model.attr.MeshAttributes;
import org.threatmesh.model.attr.PeerAuthMode;
import org.threatmesh.model.attr.Registration;
import org.threatmesh.model.attr.ServiceExposureType;
import org.threatmesh.model.attr.TlsMode;
import org.threatmesh.model.attr.WorkloadAttributes;
import org.threatmesh.model.attr.ZoneAttributes;

/** The insecure and hardened shops are variants of the foundation shop: same elements and ids, comparable layout. */
class ShopVariantsTest {

    private static final ThreatModel SHOP = load("online-shop");
    private static final ThreatModel INSECURE = load("online-shop-insecure");
    private static final ThreatModel HARDENED = load("online-shop-hardened");

    /** The insecure shop sends no monitoring data on purpose. */
    private static final Set<String> DROPPED_FROM_INSECURE = Set.of("e-gateway-logs");
    /** Moved in the hardened shop to make room for the DMZ and the egress gateway. */
    private static final Set<String> MOVED_IN_HARDENED = Set.of("n-browser", "n-mobile", "n-psp");

    @Test
    void bothVariantsKeepEveryNodeAndZoneWithItsKindAndName() {
        for (ThreatModel variant : new ThreatModel[] {INSECURE, HARDENED}) {
            for (Node node : SHOP.nodes().values()) {
                Node same = variant.node(node.id()).orElseThrow(() -> new AssertionError("lost " + node.id()));
                assertThat(same.kind()).isEqualTo(node.kind());
                assertThat(same.name()).isEqualTo(node.name());
                assertThat(same.zone()).isEqualTo(node.zone());
            }
            for (TrustZone zone : SHOP.zones().values()) {
                assertThat(variant.zone(zone.id())).as("zone " + zone.id()).isPresent();
            }
        }
    }

    @Test
    void bothVariantsKeepTheShopsCallIds() {
        for (Edge edge : SHOP.edges().values()) {
            assertThat(HARDENED.edge(edge.id())).as("hardened keeps " + edge.id()).isPresent();
            if (!DROPPED_FROM_INSECURE.contains(edge.id().value())) {
                Edge same = INSECURE.edge(edge.id()).orElseThrow(() -> new AssertionError("insecure lost " + edge.id()));
                assertThat(same.from()).isEqualTo(edge.from());
                assertThat(same.to()).isEqualTo(edge.to());
            }
        }
    }

    @Test
    void theInsecureShopKeepsTheLayoutExactly() {
        SHOP.layout().nodes().forEach((id, point) ->
                assertThat(INSECURE.layout().node(id)).as(id.value()).contains(point));
        SHOP.layout().zones().forEach((id, zone) ->
                assertThat(INSECURE.layout().zone(id)).as(id.value()).contains(zone));
    }

    @Test
    void theHardenedShopKeepsEveryPositionButTheDocumentedMoves() {
        SHOP.layout().nodes().forEach((id, point) -> {
            if (MOVED_IN_HARDENED.contains(id.value())) {
                assertThat(HARDENED.layout().node(id)).as(id.value()).isPresent().isNotEqualTo(java.util.Optional.of(point));
            } else {
                assertThat(HARDENED.layout().node(id)).as(id.value()).contains(point);
            }
        });
    }

    @Test
    void theInsecureShopHasTheShortcutsTheIssueAsksFor() {
        Node mesh = INSECURE.node(NodeId.of("n-mesh")).orElseThrow();
        assertThat(mesh.get(MeshAttributes.PEER_AUTH_DEFAULT).is(PeerAuthMode.PERMISSIVE)).isTrue();
        assertThat(mesh.get(MeshAttributes.DEFAULT_AUTHZ).is(DefaultAuthz.ALLOW)).isTrue();
        assertThat(mesh.get(MeshAttributes.CA_ROOT).is(CaRoot.SELF_SIGNED)).isTrue();
        assertThat(mesh.get(MeshAttributes.EGRESS_DEFAULT).is(EgressDefault.ALLOW_ANY)).isTrue();
        // a service reachable around the gateway
        Edge bypass = INSECURE.edge(org.threatmesh.model.EdgeId.of("e-mobile-frontend")).orElseThrow();
        assertThat(INSECURE.node(bypass.from()).orElseThrow().kind()).isEqualTo(NodeKind.EXTERNAL_CLIENT);
        assertThat(INSECURE.node(bypass.to()).orElseThrow().kind()).isEqualTo(NodeKind.SERVICE);
        assertThat(INSECURE.node(bypass.to()).orElseThrow().get(WorkloadAttributes.EXPOSED_AS)
                .is(ServiceExposureType.NODE_PORT)).isTrue();
        // no mTLS, no circuit breakers, self-registration, no monitoring edges
        assertThat(INSECURE.edges().values()).noneMatch(edge -> edge.get(EdgeAttributes.TLS).is(TlsMode.MTLS));
        assertThat(INSECURE.edges().values())
                .noneMatch(edge -> edge.get(EdgeAttributes.CIRCUIT_BREAKER).isAnyOf(
                        CircuitBreakerPlacement.PROXY, CircuitBreakerPlacement.SERVER, CircuitBreakerPlacement.CLIENT));
        assertThat(INSECURE.edges().values()).noneMatch(edge -> edge.get(EdgeAttributes.RATE_LIMITED).is(true));
        assertThat(INSECURE.nodes().values()).filteredOn(node -> node.kind() == NodeKind.SERVICE)
                .allMatch(node -> node.get(WorkloadAttributes.REGISTRATION).is(Registration.SELF));
        assertThat(INSECURE.edges().values()).noneMatch(edge ->
                INSECURE.node(edge.to()).orElseThrow().kind() == NodeKind.MONITORING);
        // an unrestricted API key on a sensitive API
        Edge mobile = INSECURE.edge(org.threatmesh.model.EdgeId.of("e-mobile-gateway")).orElseThrow();
        assertThat(mobile.get(EdgeAttributes.CLIENT_AUTHN).is(ClientAuthn.API_KEY)).isTrue();
        assertThat(mobile.get(EdgeAttributes.API_KEY_APP_RESTRICTED).is(false)).isTrue();
    }

    @Test
    void theHardenedShopUsesMutualTlsInsideAndDefaultDenyEverywhereItCan() {
        for (Edge edge : HARDENED.edges().values()) {
            boolean fromOutside = isOutside(HARDENED.node(edge.from()).orElseThrow());
            boolean toOutside = isOutside(HARDENED.node(edge.to()).orElseThrow());
            if (!fromOutside && !toOutside) {
                assertThat(edge.get(EdgeAttributes.TLS).is(TlsMode.MTLS)).as(edge.id() + " uses mTLS").isTrue();
            } else {
                assertThat(edge.get(EdgeAttributes.TLS).isAnyOf(TlsMode.TLS, TlsMode.MTLS)).as(edge.id() + " is encrypted").isTrue();
            }
            if (edge.get(EdgeAttributes.MODE).is(org.threatmesh.model.attr.CallMode.SYNC)) {
                assertThat(edge.get(EdgeAttributes.CIRCUIT_BREAKER).is(CircuitBreakerPlacement.PROXY))
                        .as(edge.id() + " has a proxy circuit breaker").isTrue();
                assertThat(edge.get(EdgeAttributes.TIMEOUT).isKnown()).as(edge.id() + " has a timeout").isTrue();
            }
        }
        for (TrustZone zone : HARDENED.zones().values()) {
            if (zone.kind() == ZoneKind.NAMESPACE || zone.kind() == ZoneKind.CLUSTER || zone.kind() == ZoneKind.DMZ) {
                assertThat(zone.get(ZoneAttributes.L3_POLICY).is(L3Policy.DEFAULT_DENY)).as(zone.id().value()).isTrue();
            }
        }
        Node mesh = HARDENED.node(NodeId.of("n-mesh")).orElseThrow();
        assertThat(mesh.get(MeshAttributes.PEER_AUTH_DEFAULT).is(PeerAuthMode.STRICT)).isTrue();
        assertThat(mesh.get(MeshAttributes.DEFAULT_AUTHZ).is(DefaultAuthz.DENY)).isTrue();
        assertThat(mesh.get(MeshAttributes.CA_ROOT).is(CaRoot.ENTERPRISE_PKI)).isTrue();
        assertThat(mesh.get(MeshAttributes.EGRESS_DEFAULT).is(EgressDefault.REGISTRY_ONLY)).isTrue();
        assertThat(HARDENED.nodes().values()).extracting(Node::kind).contains(NodeKind.WAF_BOT_MANAGER,
                NodeKind.EGRESS_GATEWAY, NodeKind.AUTHZ_SERVER, NodeKind.SERVICE_REGISTRY);
    }

    @Test
    void theHardenedShopLeavesNoWorkloadFactUnknownThatItsSiblingsSet() {
        // Every key set anywhere on a service is set on every service: no accidental unknowns.
        var services = HARDENED.nodes().values().stream().filter(node -> node.kind() == NodeKind.SERVICE).toList();
        Set<String> keys = new java.util.TreeSet<>();
        services.forEach(node -> keys.addAll(node.attributes().asMap().keySet()));
        keys.removeAll(Set.of("versions", "rollout", "rolloutMetricsGated", "versionSelection"));
        for (Node service : services) {
            assertThat(service.attributes().asMap().keySet()).as(service.id().value()).containsAll(keys);
        }
    }

    private static boolean isOutside(Node node) {
        return node.kind() == NodeKind.EXTERNAL_CLIENT || node.kind() == NodeKind.EXTERNAL_SERVICE
                || node.kind() == NodeKind.WAF_BOT_MANAGER;
    }

    private static ThreatModel load(String id) {
        return SampleCatalog.find(id).orElseThrow().load();
    }
}
