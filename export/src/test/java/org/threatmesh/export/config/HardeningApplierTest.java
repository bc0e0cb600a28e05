package org.threatmesh.export.config;

import org.threatmesh.export.manifest.Target;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.threatmesh.export.ExportProgress;
import org.threatmesh.model.Edge;
import org.threatmesh.model.EdgeId;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeId;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.TrustZone;
import org.threatmesh.model.ZoneId;
import org.threatmesh.model.ZoneKind;
import org.threatmesh.model.attr.CallMode;
import org.threatmesh.model.attr.CircuitBreakerPlacement;
import org.threatmesh.model.attr.DefaultAuthz;
import org.threatmesh.model.attr.EdgeAttributes;
import org.threatmesh.model.attr.EgressDefault;
import org.threatmesh.model.attr.L3Policy;
import org.threatmesh.model.attr.MeshAttributes;
import org.threatmesh.model.attr.PeerAuthMode;
import org.threatmesh.model.attr.ReplayProtection;
import org.threatmesh.model.attr.WorkloadAttributes;
import org.threatmesh.model.attr.TlsMode;
import org.threatmesh.model.attr.ZoneAttributes;
import org.threatmesh.rules.AnalysisContext;
import org.threatmesh.rules.Finding;
import org.threatmesh.rules.RuleMetadata;
import org.threatmesh.samples.SampleCatalog;

/**
 * The export closes the loop: applying what its resources set and re-checking clears exactly the findings the
 * resources claim. Until the built-in rules land, the checks below implement the catalog conditions of the rules
 * declared in {@link TestFindings} directly against the rule API's {@link AnalysisContext}.
 */
class HardeningApplierTest {

    private record Check(RuleMetadata rule, BiPredicate<Object, AnalysisContext> fires) {
    }

    private static final List<Check> CHECKS = List.of(
            new Check(TestFindings.EW_WITHOUT_MTLS, (element, ctx) -> element instanceof Edge e
                    && ctx.isEastWest(e) && ctx.inMesh(ctx.target(e)).is(true)
                    && !e.get(EdgeAttributes.TLS).is(TlsMode.MTLS)),
            new Check(TestFindings.MESH_DEFAULT_ALLOW, (element, ctx) -> element instanceof Node n
                    && n.kind() == NodeKind.MESH_CONTROL_PLANE && !n.get(MeshAttributes.DEFAULT_AUTHZ)
                            .is(DefaultAuthz.DENY)),
            new Check(TestFindings.NO_CIRCUIT_BREAKER, (element, ctx) -> element instanceof Edge e
                    && ctx.isEastWest(e) && e.get(EdgeAttributes.MODE).is(CallMode.SYNC)
                    && e.get(EdgeAttributes.CIRCUIT_BREAKER).is(CircuitBreakerPlacement.NONE)),
            new Check(TestFindings.EGRESS_ALLOW_ANY, (element, ctx) -> element instanceof Node n
                    && n.kind() == NodeKind.MESH_CONTROL_PLANE
                    && n.get(MeshAttributes.EGRESS_DEFAULT).is(EgressDefault.ALLOW_ANY)),
            new Check(TestFindings.NO_L3_POLICY, (element, ctx) -> element instanceof TrustZone z
                    && z.kind() == ZoneKind.NAMESPACE && z.get(ZoneAttributes.L3_POLICY).is(L3Policy.NONE)),
            new Check(TestFindings.NO_FULL_REPLAY_CHECK, (element, ctx) -> element instanceof Node n
                    && n.get(WorkloadAttributes.HIGH_SECURITY).is(true)
                    && !n.get(WorkloadAttributes.REPLAY_PROTECTION).is(ReplayProtection.FULL)));

    private static List<Finding> analyse(ThreatModel model) {
        AnalysisContext context = new AnalysisContext(model);
        List<Finding> findings = new ArrayList<>();
        for (Check check : CHECKS) {
            model.nodes().values().stream().filter(n -> check.fires().test(n, context))
                    .forEach(n -> findings.add(TestFindings.finding(check.rule(), n.id())));
            model.edges().values().stream().filter(e -> check.fires().test(e, context))
                    .forEach(e -> findings.add(TestFindings.finding(check.rule(), e.id())));
            model.zones().values().stream().filter(z -> check.fires().test(z, context))
                    .forEach(z -> findings.add(TestFindings.finding(check.rule(), z.id())));
        }
        return findings;
    }

    private static Set<String> keys(List<Finding> findings) {
        return findings.stream().map(Finding::key).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    @Test
    void reanalysingTheHardenedSampleClearsExactlyTheFindingsTheExportClaims() {
        ThreatModel shop = SampleCatalog.defaultSample().load();
        List<Finding> before = analyse(shop);
        assertThat(keys(before)).containsExactly("ew-call-without-mtls@e-broker-notify",
                "ew-call-without-mtls@e-broker-shipping", "high-security-without-full-replay-check@n-payments",
                "mesh-default-authz-allow@n-mesh", "mesh-egress-allow-any@n-mesh",
                "sync-call-without-circuit-breaker@e-frontend-cart", "zone-without-l3-policy@z-ns-shop");
        ConfigPlan plan = new ConfigExporter().planResources(shop, before, EnumSet.allOf(Target.class),
                ExportProgress.NONE);
        Set<String> claimed = keys(plan.mitigated().stream().flatMap(List::stream).toList());
        ThreatModel hardened = HardeningApplier.apply(shop, plan);
        Set<String> after = keys(analyse(hardened));

        assertThat(claimed).containsExactly("ew-call-without-mtls@e-broker-notify",
                "ew-call-without-mtls@e-broker-shipping", "mesh-default-authz-allow@n-mesh",
                "mesh-egress-allow-any@n-mesh",
                "sync-call-without-circuit-breaker@e-frontend-cart", "zone-without-l3-policy@z-ns-shop");
        assertThat(after).doesNotContainAnyElementsOf(claimed)
                .containsExactly("high-security-without-full-replay-check@n-payments");
    }

    @Test
    void strictMtlsHardensEveryCallBetweenMeshedWorkloads() {
        ThreatModel shop = SampleCatalog.defaultSample().load();
        ThreatModel hardened = HardeningApplier.apply(shop, new ConfigExporter().planResources(shop, List.of(),
                EnumSet.of(Target.ISTIO), ExportProgress.NONE));
        Node mesh = hardened.node(NodeId.of("n-mesh")).orElseThrow();
        assertThat(mesh.get(MeshAttributes.PEER_AUTH_DEFAULT).value()).isEqualTo(PeerAuthMode.STRICT);
        assertThat(mesh.get(MeshAttributes.ACCESS_LOGGING).value()).isTrue();
        assertThat(mesh.get(MeshAttributes.SIDECAR_EGRESS_SCOPED).value()).isTrue();
        for (String edge : List.of("e-broker-notify", "e-broker-shipping", "e-cart-store", "e-orders-db",
                "e-orders-broker", "e-gateway-frontend")) {
            assertThat(hardened.edge(EdgeId.of(edge)).orElseThrow().get(EdgeAttributes.TLS).value())
                    .as(edge).isEqualTo(TlsMode.MTLS);
        }
        assertThat(hardened.edge(EdgeId.of("e-payments-psp")).orElseThrow().get(EdgeAttributes.TLS).value())
                .as("calls leaving the mesh keep their own TLS").isEqualTo(TlsMode.TLS);
        assertThat(hardened.edge(EdgeId.of("e-mobile-gateway")).orElseThrow().get(EdgeAttributes.RATE_LIMITED)
                .value()).as("north-south call into the gateway gets a local rate limit").isTrue();
        assertThat(hardened.zone(ZoneId.of("z-ns-shop")).orElseThrow().get(ZoneAttributes.L3_POLICY).isKnown())
                .as("the Istio target alone writes no NetworkPolicy").isTrue();
        assertThat(hardened.zone(ZoneId.of("z-ns-shop")).orElseThrow().get(ZoneAttributes.L3_POLICY).value())
                .isEqualTo(L3Policy.NONE);
    }

    @Test
    void kongHardeningRestrictsTheApiKeyAndRateLimitsTheClient() {
        ThreatModel shop = SampleCatalog.defaultSample().load();
        ThreatModel hardened = HardeningApplier.apply(shop, new ConfigExporter().planResources(shop, List.of(),
                EnumSet.of(Target.KONG), ExportProgress.NONE));
        Edge mobile = hardened.edge(EdgeId.of("e-mobile-gateway")).orElseThrow();
        assertThat(mobile.get(EdgeAttributes.API_KEY_APP_RESTRICTED).value()).isTrue();
        assertThat(mobile.get(EdgeAttributes.RATE_LIMITED).value()).isTrue();
        assertThat(mobile.get(EdgeAttributes.API_KEY_SCOPE).value())
                .isEqualTo(org.threatmesh.model.attr.ApiKeyScope.LIMITED);
    }

    @Test
    void everyHardeningStepOfHostileAndLargeModelsAppliesAndApplyingTwiceChangesNothing() {
        for (ThreatModel model : List.of(HostileModels.hostileServices(), SyntheticModels.services(300, 11),
                org.threatmesh.model.testing.ModelGenerator.generateWithHostileNames(300, 5))) {
            ConfigPlan plan = new ConfigExporter().planResources(model, List.of(), EnumSet.allOf(Target.class),
                    ExportProgress.NONE);
            ThreatModel once = HardeningApplier.apply(model, plan);
            assertThat(once).isNotEqualTo(model);
            assertThat(HardeningApplier.apply(once, plan)).isEqualTo(once);
        }
    }

    @Test
    void onTheInsecureSampleEveryClaimedFindingIsClearedAfterHardening() {
        ThreatModel insecure = SampleCatalog.find("online-shop-insecure").orElseThrow().load();
        List<Finding> before = analyse(insecure);
        ConfigPlan plan = new ConfigExporter().planResources(insecure, before, EnumSet.allOf(Target.class),
                ExportProgress.NONE);
        Set<String> claimed = keys(plan.mitigated().stream().flatMap(List::stream).toList());
        Set<String> after = keys(analyse(HardeningApplier.apply(insecure, plan)));
        assertThat(claimed).isNotEmpty().containsAll(keys(before).stream()
                .filter(k -> !k.startsWith("high-security-without-full-replay-check@")).toList());
        assertThat(after).doesNotContainAnyElementsOf(claimed)
                .allMatch(k -> k.startsWith("high-security-without-full-replay-check@"));
    }
}
