package org.threatmesh.export.config;

import org.threatmesh.export.manifest.ResourceKind;
import org.threatmesh.export.manifest.Target;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.threatmesh.export.ExportProgress;
import org.threatmesh.model.EdgeId;
import org.threatmesh.model.NodeId;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.ZoneId;
import org.threatmesh.rules.Finding;
import org.threatmesh.samples.SampleCatalog;

/** Stage 1: which resources exist and which findings each one names as mitigated. */
class ConfigPlanTest {

    private final ThreatModel shop = SampleCatalog.defaultSample().load();

    private final List<Finding> findings = List.of(
            TestFindings.finding(TestFindings.EW_WITHOUT_MTLS, EdgeId.of("e-broker-notify")),
            TestFindings.finding(TestFindings.MESH_DEFAULT_ALLOW, NodeId.of("n-mesh")),
            TestFindings.finding(TestFindings.NO_CIRCUIT_BREAKER, EdgeId.of("e-frontend-cart")),
            TestFindings.finding(TestFindings.EGRESS_ALLOW_ANY, NodeId.of("n-mesh")),
            TestFindings.finding(TestFindings.NO_L3_POLICY, ZoneId.of("z-ns-shop")),
            TestFindings.finding(TestFindings.KEEP_ALIVE, EdgeId.of("e-frontend-catalog")));

    private ConfigPlan plan() {
        return new ConfigExporter().planResources(shop, findings, EnumSet.allOf(Target.class), ExportProgress.NONE);
    }

    private List<String> mitigatedBy(ConfigPlan plan, ResourceKind kind, String namespace, String name) {
        int index = IntStream.range(0, plan.resources().size())
                .filter(i -> plan.resources().get(i).kind() == kind && plan.resources().get(i).name().equals(name)
                        && plan.resources().get(i).namespace().equals(namespace))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " " + namespace + "/" + name));
        return plan.mitigated().get(index).stream().map(Finding::key).toList();
    }

    @Test
    void meshWidePeerAuthenticationMitigatesTheMissingMtlsOnMeshCalls() {
        assertThat(mitigatedBy(plan(), ResourceKind.PEER_AUTHENTICATION, "istio-system", "default"))
                .containsExactly("ew-call-without-mtls@e-broker-notify");
        assertThat(mitigatedBy(plan(), ResourceKind.PEER_AUTHENTICATION, "shop", "default"))
                .containsExactly("ew-call-without-mtls@e-broker-notify");
    }

    @Test
    void allowNothingPolicyMitigatesTheMeshDefaultAllow() {
        assertThat(mitigatedBy(plan(), ResourceKind.AUTHORIZATION_POLICY, "istio-system", "allow-nothing"))
                .containsExactly("mesh-default-authz-allow@n-mesh");
    }

    @Test
    void destinationRuleOfTheCalleeMitigatesTheMissingCircuitBreakerAndTheMissingMtls() {
        assertThat(mitigatedBy(plan(), ResourceKind.DESTINATION_RULE, "shop", "cart"))
                .containsExactly("sync-call-without-circuit-breaker@e-frontend-cart");
        assertThat(mitigatedBy(plan(), ResourceKind.DESTINATION_RULE, "shop", "notifications"))
                .containsExactly("ew-call-without-mtls@e-broker-notify");
    }

    @Test
    void registryOnlySidecarMitigatesTheSmDr8FindingThroughItsReference() {
        assertThat(mitigatedBy(plan(), ResourceKind.SIDECAR, "istio-system", "default"))
                .containsExactly("mesh-egress-allow-any@n-mesh");
    }

    @Test
    void defaultDenyNetworkPolicyMitigatesTheZoneWithoutL3Policy() {
        assertThat(mitigatedBy(plan(), ResourceKind.NETWORK_POLICY, "shop", "default-deny"))
                .containsExactly("zone-without-l3-policy@z-ns-shop");
    }

    @Test
    void aFindingWhoseArtefactsTheExportDoesNotWriteIsClaimedByNoResource() {
        ConfigPlan plan = plan();
        assertThat(plan.mitigated().stream().flatMap(List::stream).map(Finding::key))
                .doesNotContain("hot-call-without-keep-alive@e-frontend-catalog");
    }

    @Test
    void triagedFindingsAreNotClaimed() {
        Finding accepted = TestFindings.finding(TestFindings.MESH_DEFAULT_ALLOW, NodeId.of("n-mesh")).withTriage(
                Optional.of(new org.threatmesh.model.TriageDecision("mesh-default-authz-allow@n-mesh",
                        org.threatmesh.model.TriageStatus.ACCEPTED_RISK, "accepted for the pilot", "ops",
                        java.time.Instant.parse("2026-01-01T00:00:00Z"), Optional.empty())));
        ConfigPlan plan = new ConfigExporter().planResources(shop, List.of(accepted), EnumSet.of(Target.ISTIO),
                ExportProgress.NONE);
        assertThat(plan.mitigated()).allMatch(List::isEmpty);
    }

    @Test
    void commentsNameStrategiesFindingsAndPlaceholders() {
        ConfigBundle bundle = new ConfigExporter().plan(shop, findings, EnumSet.allOf(Target.class));
        assertThat(bundle.text("istio/authorizationpolicies.yaml")).contains("""
                # AuthorizationPolicy istio-system/allow-nothing: Denies every request in the mesh that no ALLOW \
                policy admits (deny by default).
                # mitigates: MS-SS-2, MS-SS-13 (MS-SS-2#1, MS-SS-13#2)
                # mitigates findings: mesh-default-authz-allow@n-mesh
                apiVersion: security.istio.io/v1
                """);
        assertThat(bundle.text("gateway-api/gateways.yaml"))
                .contains("# fill in: replace-me-gateway-class, replace-me-tls-secret\n");
        assertThat(bundle.readme()).contains("; 5 open findings are mitigated by at least one of them.");
    }

    @Test
    void kongIsExplainedNotEmittedWhenNoGatewayIsKong() {
        ThreatModel withoutKong = shop.withNode(shop.node(NodeId.of("n-gateway")).orElseThrow().with(
                org.threatmesh.model.attr.GatewayAttributes.PRODUCT,
                org.threatmesh.model.attr.GatewayProduct.ENVOY_GATEWAY));
        ConfigBundle bundle = new ConfigExporter().plan(withoutKong, List.of(), EnumSet.of(Target.KONG));
        assertThat(bundle.paths()).containsExactly("README.md");
        assertThat(bundle.readme()).contains("- Kong (decK): No Kong configuration: no gateway in the model has "
                + "product kong; gateways: n-gateway (product envoy\\_gateway).");
    }

    @Test
    void missingJwksIsAPlaceholderListedInTheReadmeNeverAnInventedUrl() {
        ThreatModel noJwks = shop.withNode(shop.node(NodeId.of("n-idp")).orElseThrow().withAttributes(
                shop.node(NodeId.of("n-idp")).orElseThrow().attributes().without(
                        org.threatmesh.model.attr.InfrastructureAttributes.JWKS_URI)));
        ConfigBundle bundle = new ConfigExporter().plan(noJwks, List.of(), EnumSet.of(Target.ISTIO));
        assertThat(bundle.text("istio/requestauthentications.yaml")).contains("jwksUri: REPLACE-ME-jwks-uri")
                .contains("issuer: \"https://login.shop.example.com/realms/shop\"");
        assertThat(bundle.readme()).contains("| `REPLACE-ME-jwks-uri` | the JWKS URL (signing keys) of the "
                + "identity provider n-idp |");
    }

    @Test
    void aCancelledExportStopsWithoutResult() {
        ExportProgress cancelled = new ExportProgress() {
            @Override
            public void progress(String step, double fraction) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ConfigExporter().plan(shop, findings,
                EnumSet.allOf(Target.class), cancelled))
                .isInstanceOf(org.threatmesh.export.ExportCancelledException.class);
    }
}
