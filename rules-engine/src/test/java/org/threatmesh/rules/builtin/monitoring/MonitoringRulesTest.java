package org.threatmesh.rules.builtin.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.threatmesh.model.NodeKind.API_GATEWAY;
import static org.threatmesh.model.NodeKind.INGRESS_GATEWAY;
import static org.threatmesh.model.NodeKind.MESH_CONTROL_PLANE;
import static org.threatmesh.model.NodeKind.MONITORING;
import static org.threatmesh.model.NodeKind.SERVICE;
import static org.threatmesh.model.attr.InfrastructureAttributes.BASELINE;
import static org.threatmesh.model.attr.InfrastructureAttributes.COVERS_EAST_WEST;
import static org.threatmesh.model.attr.InfrastructureAttributes.MONITORING_ROLE;
import static org.threatmesh.rules.builtin.RuleFixtures.a;

import org.junit.jupiter.api.Test;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.attr.ClientAuthn;
import org.threatmesh.model.attr.EdgeAttributes;
import org.threatmesh.model.attr.MeshMode;
import org.threatmesh.model.attr.MonitoringRole;
import org.threatmesh.model.attr.Sensitivity;
import org.threatmesh.model.attr.WorkloadAttributes;
import org.threatmesh.rules.Evidence;
import org.threatmesh.rules.builtin.RuleFixtures;
import org.threatmesh.rules.builtin.RuleHarness;

class MonitoringRulesTest {

    @Test
    void gatewaysAndMeshNeedALogSinkOrSiem() {
        ThreatModel model = RuleFixtures.model()
                .node("gw-none", API_GATEWAY, null)
                .node("gw-metrics", API_GATEWAY, null)
                .node("dont-fire-gw", INGRESS_GATEWAY, null)
                .node("mesh", MESH_CONTROL_PLANE, null)
                .node("metrics", MONITORING, null, a(MONITORING_ROLE, MonitoringRole.METRICS))
                .node("siem", MONITORING, null, a(MONITORING_ROLE, MonitoringRole.SIEM))
                .node("mystery", MONITORING, null)
                .edge("e1", "gw-metrics", "metrics")
                .edge("e2", "dont-fire-gw", "siem")
                .edge("e3", "mesh", "mystery")
                .build();

        assertThat(RuleHarness.run(new GatewayWithoutSecurityLogsRule(), model)).containsExactly(
                "gateway-without-security-logs@gw-metrics fire medium",
                "gateway-without-security-logs@gw-none fire medium",
                "gateway-without-security-logs@mesh unknown mystery.role");
        assertThat(RuleHarness.fired(new GatewayWithoutSecurityLogsRule(), model, "gw-none").message())
                .isEqualTo("API gateway gw-none sends no logs to a log sink or SIEM");
    }

    @Test
    void servicesMustLogAllFourEventClasses() {
        ThreatModel model = RuleFixtures.model()
                .node("dont-fire-svc", SERVICE, null, a(WorkloadAttributes.LOGS_INPUT_VALIDATION, true),
                        a(WorkloadAttributes.LOGS_EXTRA_PARAMS, true), a(WorkloadAttributes.LOGS_CRASHES, true),
                        a(WorkloadAttributes.LOGS_CORE_DUMPS, true))
                .node("partial", SERVICE, null, a(WorkloadAttributes.LOGS_INPUT_VALIDATION, false),
                        a(WorkloadAttributes.DATA_SENSITIVITY, Sensitivity.HIGHLY_SENSITIVE))
                .node("unknown", SERVICE, null, a(WorkloadAttributes.LOGS_INPUT_VALIDATION, true),
                        a(WorkloadAttributes.LOGS_EXTRA_PARAMS, true), a(WorkloadAttributes.LOGS_CRASHES, true))
                .build();

        assertThat(RuleHarness.run(new ServiceSecurityLoggingRule(), model)).containsExactly(
                "service-security-events-not-logged@partial fire high",
                "service-security-events-not-logged@unknown unknown unknown.logsCoreDumps");
        assertThat(RuleHarness.fired(new ServiceSecurityLoggingRule(), model, "partial").evidence())
                .containsExactly(new Evidence("partial", "logsInputValidationErrors", "false"));
    }

    @Test
    void tokenReuseMustBeDetectedSomewhereWhenBearerTokensAreUsed() {
        RuleFixtures base = RuleFixtures.model()
                .node("gw", API_GATEWAY, null, a(WorkloadAttributes.TOKEN_REUSE_DETECTION, false))
                .node("svc", SERVICE, null, a(WorkloadAttributes.TOKEN_REUSE_DETECTION, false))
                .edge("e-jwt", "gw", "svc", a(EdgeAttributes.CLIENT_AUTHN, ClientAuthn.JWT));
        assertThat(RuleHarness.run(new TokenReuseUndetectedRule(), base.build()))
                .containsExactly("token-reuse-undetected@model fire medium");

        ThreatModel detected = base.node("siem", MONITORING, null,
                a(WorkloadAttributes.TOKEN_REUSE_DETECTION, true)).build();
        assertThat(RuleHarness.run(new TokenReuseUndetectedRule(), detected)).isEmpty();

        ThreatModel unknownDetector = base.node("siem", MONITORING, null).build();
        assertThat(RuleHarness.run(new TokenReuseUndetectedRule(), unknownDetector))
                .containsExactly("token-reuse-undetected@model unknown siem.tokenReuseDetection");
    }

    @Test
    void tokenReuseRuleNeedsToKnowWhetherTokensAreUsed() {
        ThreatModel mtlsOnly = RuleFixtures.model()
                .node("a", SERVICE, null).node("b", SERVICE, null)
                .edge("dont-fire", "a", "b", a(EdgeAttributes.CLIENT_AUTHN, ClientAuthn.MTLS_IDENTITY))
                .build();
        assertThat(RuleHarness.run(new TokenReuseUndetectedRule(), mtlsOnly)).isEmpty();

        ThreatModel unknownAuthn = RuleFixtures.model()
                .node("a", SERVICE, null).node("b", SERVICE, null).edge("e", "a", "b").build();
        assertThat(RuleHarness.run(new TokenReuseUndetectedRule(), unknownAuthn))
                .containsExactly("token-reuse-undetected@model unknown e.clientAuthn");
    }

    @Test
    void everyServiceMustReachADashboard() {
        RuleFixtures base = RuleFixtures.model()
                .node("orders", SERVICE, null)
                .node("cart", SERVICE, null)
                .node("collector", MONITORING, null, a(MONITORING_ROLE, MonitoringRole.LOG_SINK))
                .node("grafana", MONITORING, null, a(MONITORING_ROLE, MonitoringRole.DASHBOARD))
                .edge("e1", "orders", "collector")
                .edge("e2", "collector", "grafana");
        assertThat(RuleHarness.run(new MissingSecurityDashboardRule(), base.build()))
                .containsExactly("no-security-dashboard@model fire low");
        assertThat(RuleHarness.fired(new MissingSecurityDashboardRule(), base.build(), "model").message())
                .isEqualTo("No dashboard or SIEM receives monitoring from cart");

        assertThat(RuleHarness.run(new MissingSecurityDashboardRule(), base.edge("e3", "cart", "collector").build()))
                .isEmpty();

        ThreatModel unknownRole = base.node("mystery", MONITORING, null).edge("e3", "cart", "mystery").build();
        assertThat(RuleHarness.run(new MissingSecurityDashboardRule(), unknownRole))
                .containsExactly("no-security-dashboard@model unknown mystery.role");
    }

    @Test
    void meshedServicesAreCoveredWhenTheMeshReportsToADashboard() {
        RuleFixtures base = RuleFixtures.model()
                .node("cp", MESH_CONTROL_PLANE, null)
                .node("siem", MONITORING, null, a(MONITORING_ROLE, MonitoringRole.SIEM))
                .node("dont-fire-meshed", SERVICE, null, a(WorkloadAttributes.MESH_MODE, MeshMode.SIDECAR))
                .edge("e1", "cp", "siem");
        assertThat(RuleHarness.run(new MissingSecurityDashboardRule(), base.build())).isEmpty();
        assertThat(RuleHarness.run(new MissingSecurityDashboardRule(),
                base.node("legacy", SERVICE, null, a(WorkloadAttributes.MESH_MODE, MeshMode.NONE)).build()))
                .containsExactly("no-security-dashboard@model fire low");
        assertThat(RuleHarness.run(new MissingSecurityDashboardRule(), base.node("vague", SERVICE, null).build()))
                .containsExactly("no-security-dashboard@model unknown vague.meshMode");
    }

    @Test
    void noDashboardAtAll() {
        ThreatModel model = RuleFixtures.model().node("orders", SERVICE, null).build();
        assertThat(RuleHarness.fired(new MissingSecurityDashboardRule(), model, "model").message())
                .isEqualTo("No dashboard or SIEM aggregates service monitoring");
    }

    @Test
    void idsMustCoverEastWestAndMonitoringMustKeepABaseline() {
        ThreatModel none = RuleFixtures.model().node("svc", SERVICE, null).build();
        assertThat(RuleHarness.fired(new MissingIntrusionDetectionRule(), none, "model").message())
                .isEqualTo("No IDS watches east-west traffic and no monitoring keeps a baseline of normal behaviour");

        ThreatModel northSouthIds = RuleFixtures.model()
                .node("svc", SERVICE, null)
                .node("ids", MONITORING, null, a(MONITORING_ROLE, MonitoringRole.IDS), a(COVERS_EAST_WEST, false),
                        a(BASELINE, true))
                .build();
        assertThat(RuleHarness.run(new MissingIntrusionDetectionRule(), northSouthIds))
                .containsExactly("no-east-west-intrusion-detection@model fire medium");
        assertThat(RuleHarness.fired(new MissingIntrusionDetectionRule(), northSouthIds, "model").message())
                .isEqualTo("No IDS watches east-west traffic");

        ThreatModel covered = RuleFixtures.model()
                .node("svc", SERVICE, null)
                .node("dont-fire-ids", MONITORING, null, a(MONITORING_ROLE, MonitoringRole.IDS),
                        a(COVERS_EAST_WEST, true), a(BASELINE, true))
                .build();
        assertThat(RuleHarness.run(new MissingIntrusionDetectionRule(), covered)).isEmpty();

        ThreatModel unknown = RuleFixtures.model()
                .node("svc", SERVICE, null)
                .node("ids", MONITORING, null, a(MONITORING_ROLE, MonitoringRole.IDS), a(BASELINE, true))
                .build();
        assertThat(RuleHarness.run(new MissingIntrusionDetectionRule(), unknown))
                .containsExactly("no-east-west-intrusion-detection@model unknown ids.coversEastWest");
        assertThat(RuleHarness.run(new MissingIntrusionDetectionRule(), RuleFixtures.model().build()))
                .as("no services, no east-west traffic").isEmpty();
    }

    @Test
    void registryIsSortedById() {
        assertThat(MonitoringRules.all()).extracting(rule -> rule.metadata().id())
                .isSorted().containsExactlyInAnyOrder(
                        "gateway-without-security-logs", "service-security-events-not-logged",
                        "token-reuse-undetected", "no-security-dashboard", "no-east-west-intrusion-detection");
    }
}
