package org.threatmesh.rules.builtin.mesh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.threatmesh.model.NodeKind.DATASTORE;
import static org.threatmesh.model.NodeKind.EGRESS_GATEWAY;
import static org.threatmesh.model.NodeKind.INGRESS_GATEWAY;
import static org.threatmesh.model.NodeKind.MESH_CONTROL_PLANE;
import static org.threatmesh.model.NodeKind.SERVICE;
import static org.threatmesh.model.attr.EdgeAttributes.APP_PROTOCOL_DECLARED;
import static org.threatmesh.model.attr.EdgeAttributes.CALLS_PER_SECOND;
import static org.threatmesh.model.attr.EdgeAttributes.CONNECTION_LIMITS;
import static org.threatmesh.model.attr.EdgeAttributes.MAX_CONNECTIONS;
import static org.threatmesh.model.attr.MeshAttributes.COMPONENT_RESOURCE_LIMITS;
import static org.threatmesh.model.attr.MeshAttributes.DEFAULT_AUTHZ;
import static org.threatmesh.model.attr.MeshAttributes.HIGH_AVAILABILITY;
import static org.threatmesh.model.attr.MeshAttributes.MULTI_CLUSTER;
import static org.threatmesh.model.attr.MeshAttributes.TELEMETRY_EXPORT;
import static org.threatmesh.model.attr.WorkloadAttributes.CAN_WRITE_MESH_CONFIG;
import static org.threatmesh.model.attr.WorkloadAttributes.DATA_SENSITIVITY;
import static org.threatmesh.model.attr.WorkloadAttributes.MESH_MODE;
import static org.threatmesh.model.attr.WorkloadAttributes.RESOURCE_LIMITS;
import static org.threatmesh.model.attr.WorkloadAttributes.SERVICE_ACCOUNT_PRIVILEGE;
import static org.threatmesh.model.attr.ZoneAttributes.L3_POLICY;
import static org.threatmesh.model.attr.ZoneAttributes.SENSITIVITY;
import static org.threatmesh.rules.builtin.RuleFixtures.a;

import org.junit.jupiter.api.Test;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.ZoneKind;
import org.threatmesh.model.attr.DefaultAuthz;
import org.threatmesh.model.attr.L3Policy;
import org.threatmesh.model.attr.MeshMode;
import org.threatmesh.model.attr.MultiCluster;
import org.threatmesh.model.attr.RbacPrivilege;
import org.threatmesh.model.attr.Sensitivity;
import org.threatmesh.rules.builtin.RuleFixtures;
import org.threatmesh.rules.builtin.RuleHarness;

class MeshRulesTest {

    private static RuleFixtures mesh() {
        return RuleFixtures.model()
                .node("a", SERVICE, null, a(MESH_MODE, MeshMode.SIDECAR))
                .node("b", SERVICE, null, a(MESH_MODE, MeshMode.AMBIENT))
                .node("legacy", SERVICE, null, a(MESH_MODE, MeshMode.NONE))
                .node("db", DATASTORE, null)
                .node("vague", SERVICE, null);
    }

    @Test
    void inMeshProtocolsMustBeDeclared() {
        ThreatModel model = mesh()
                .edge("e-sniffed", "a", "b", a(APP_PROTOCOL_DECLARED, false))
                .edge("dont-fire-declared", "b", "a", a(APP_PROTOCOL_DECLARED, true))
                .edge("dont-fire-legacy", "a", "legacy", a(APP_PROTOCOL_DECLARED, false))
                .edge("dont-fire-db", "a", "db", a(APP_PROTOCOL_DECLARED, false))
                .edge("e-vague", "a", "vague", a(APP_PROTOCOL_DECLARED, false))
                .build();

        assertThat(RuleHarness.run(new UndeclaredProtocolRule(), model)).containsExactly(
                "undeclared-mesh-protocol@e-sniffed fire low",
                "undeclared-mesh-protocol@e-vague unknown vague.meshMode");
    }

    @Test
    void hotPathsNeedConnectionLimitsFromTheThreshold() {
        ThreatModel model = mesh()
                .edge("dont-fire-9", "a", "b", a(CONNECTION_LIMITS, false), a(CALLS_PER_SECOND, 9))
                .edge("e-10", "b", "a", a(CONNECTION_LIMITS, false), a(CALLS_PER_SECOND, 10))
                .edge("dont-fire-pool", "a", "b", a(MAX_CONNECTIONS, 100), a(CALLS_PER_SECOND, 500))
                .edge("dont-fire-flag", "b", "a", a(CONNECTION_LIMITS, true))
                .edge("e-rate-unknown", "a", "b", a(CONNECTION_LIMITS, false))
                .edge("e-limits-unknown", "b", "a", a(CALLS_PER_SECOND, 50))
                .build();

        assertThat(RuleHarness.run(new MissingConnectionLimitsRule(), model)).containsExactly(
                "hot-path-without-connection-limits@e-10 fire low",
                "hot-path-without-connection-limits@e-limits-unknown unknown e-limits-unknown.connectionLimits",
                "hot-path-without-connection-limits@e-rate-unknown unknown e-rate-unknown.callsPerSecond");
        assertThat(RuleHarness.run(new MissingConnectionLimitsRule(11), model)).containsExactly(
                "hot-path-without-connection-limits@e-limits-unknown unknown e-limits-unknown.connectionLimits",
                "hot-path-without-connection-limits@e-rate-unknown unknown e-rate-unknown.callsPerSecond");
        assertThat(RuleHarness.fired(new MissingConnectionLimitsRule(), model, "e-10").message())
                .isEqualTo("Calls from b to a run at 10 calls/s with no connection limits");
    }

    @Test
    void meshMustDenyByDefault() {
        ThreatModel model = RuleFixtures.model()
                .node("istiod", MESH_CONTROL_PLANE, null, a(DEFAULT_AUTHZ, DefaultAuthz.ALLOW))
                .node("dont-fire-cp", MESH_CONTROL_PLANE, null, a(DEFAULT_AUTHZ, DefaultAuthz.DENY))
                .node("vague", MESH_CONTROL_PLANE, null)
                .build();

        assertThat(RuleHarness.run(new MeshDefaultAllowRule(), model)).containsExactly(
                "mesh-default-allow@istiod fire high",
                "mesh-default-allow@vague unknown vague.defaultAuthz");
    }

    @Test
    void serviceAccountsMustNotOpenEscalationPaths() {
        ThreatModel model = RuleFixtures.model()
                .node("admin", SERVICE, null, a(SERVICE_ACCOUNT_PRIVILEGE, RbacPrivilege.CLUSTER_ADMIN),
                        a(CAN_WRITE_MESH_CONFIG, false))
                .node("mesh-writer", SERVICE, null, a(SERVICE_ACCOUNT_PRIVILEGE, RbacPrivilege.LEAST_PRIVILEGE),
                        a(CAN_WRITE_MESH_CONFIG, true), a(DATA_SENSITIVITY, Sensitivity.HIGHLY_SENSITIVE))
                .node("dont-fire-svc", SERVICE, null, a(SERVICE_ACCOUNT_PRIVILEGE, RbacPrivilege.LEAST_PRIVILEGE),
                        a(CAN_WRITE_MESH_CONFIG, false))
                .node("vague", SERVICE, null, a(SERVICE_ACCOUNT_PRIVILEGE, RbacPrivilege.LEAST_PRIVILEGE))
                .build();

        assertThat(RuleHarness.run(new PrivilegeEscalationPathRule(), model)).containsExactly(
                "service-account-escalation-path@admin fire high",
                "service-account-escalation-path@mesh-writer fire critical",
                "service-account-escalation-path@vague unknown vague.canWriteMeshConfig");
    }

    @Test
    void meshComponentsNeedResourceLimits() {
        ThreatModel model = RuleFixtures.model()
                .node("istiod", MESH_CONTROL_PLANE, null, a(COMPONENT_RESOURCE_LIMITS, false))
                .node("ingress", INGRESS_GATEWAY, null, a(RESOURCE_LIMITS, false))
                .node("dont-fire-egress", EGRESS_GATEWAY, null, a(RESOURCE_LIMITS, true))
                .node("vague", EGRESS_GATEWAY, null)
                .build();

        assertThat(RuleHarness.run(new UncappedMeshComponentsRule(), model)).containsExactly(
                "mesh-components-without-limits@ingress fire medium",
                "mesh-components-without-limits@istiod fire medium",
                "mesh-components-without-limits@vague unknown vague.resourceLimits");
        assertThat(RuleHarness.fired(new UncappedMeshComponentsRule(), model, "istiod").message())
                .isEqualTo("The components of mesh istiod run without resource limits");
    }

    @Test
    void meshMustExportTelemetry() {
        ThreatModel model = RuleFixtures.model()
                .node("istiod", MESH_CONTROL_PLANE, null, a(TELEMETRY_EXPORT, false))
                .node("dont-fire-cp", MESH_CONTROL_PLANE, null, a(TELEMETRY_EXPORT, true))
                .node("vague", MESH_CONTROL_PLANE, null)
                .build();

        assertThat(RuleHarness.run(new MeshTelemetryNotExportedRule(), model)).containsExactly(
                "mesh-telemetry-not-exported@istiod fire medium",
                "mesh-telemetry-not-exported@vague unknown vague.telemetryExport");
    }

    @Test
    void multiClusterMeshNeedsAnHaControlPlane() {
        ThreatModel model = RuleFixtures.model()
                .node("single", MESH_CONTROL_PLANE, null, a(MULTI_CLUSTER, MultiCluster.SINGLE_CONTROL_PLANE),
                        a(HIGH_AVAILABILITY, false))
                .node("dont-fire-ha", MESH_CONTROL_PLANE, null, a(MULTI_CLUSTER, MultiCluster.SINGLE_CONTROL_PLANE),
                        a(HIGH_AVAILABILITY, true))
                .node("dont-fire-multi", MESH_CONTROL_PLANE, null, a(MULTI_CLUSTER, MultiCluster.MULTI_CONTROL_PLANE),
                        a(HIGH_AVAILABILITY, false))
                .node("dont-fire-one-cluster", MESH_CONTROL_PLANE, null, a(MULTI_CLUSTER, MultiCluster.NONE))
                .node("vague", MESH_CONTROL_PLANE, null, a(HIGH_AVAILABILITY, false))
                .build();

        assertThat(RuleHarness.run(new SingleControlPlaneRule(), model)).containsExactly(
                "single-non-ha-control-plane@single fire low",
                "single-non-ha-control-plane@vague unknown vague.multiCluster");
    }

    @Test
    void highlySensitiveZonesNeedLayer3Policy() {
        ThreatModel model = RuleFixtures.model()
                .zone("internet", ZoneKind.INTERNET, a(L3_POLICY, L3Policy.NONE))
                .zone("payments", ZoneKind.NAMESPACE, a(SENSITIVITY, Sensitivity.HIGHLY_SENSITIVE),
                        a(L3_POLICY, L3Policy.NONE))
                .zone("cluster", ZoneKind.CLUSTER, a(SENSITIVITY, Sensitivity.INTERNAL), a(L3_POLICY, L3Policy.NONE))
                .zoneIn("vault-ns", ZoneKind.NAMESPACE, "cluster", a(SENSITIVITY, Sensitivity.INTERNAL))
                .zone("dont-fire-ns", ZoneKind.NAMESPACE, a(SENSITIVITY, Sensitivity.HIGHLY_SENSITIVE),
                        a(L3_POLICY, L3Policy.DEFAULT_DENY))
                .zone("dont-fire-public", ZoneKind.NAMESPACE, a(SENSITIVITY, Sensitivity.PUBLIC),
                        a(L3_POLICY, L3Policy.NONE))
                .zone("vague", ZoneKind.NAMESPACE, a(L3_POLICY, L3Policy.NONE))
                .node("vault", SERVICE, "vault-ns", a(DATA_SENSITIVITY, Sensitivity.HIGHLY_SENSITIVE))
                .build();

        assertThat(RuleHarness.run(new MissingLayer3SegmentationRule(), model)).containsExactly(
                "sensitive-zone-without-l3-policy@cluster fire high",
                "sensitive-zone-without-l3-policy@payments fire high",
                "sensitive-zone-without-l3-policy@vague unknown vague.sensitivity",
                "sensitive-zone-without-l3-policy@vault-ns unknown vault-ns.l3Policy");
    }

    @Test
    void registryIsSortedById() {
        assertThat(MeshRules.all()).extracting(rule -> rule.metadata().id()).isSorted().containsExactlyInAnyOrder(
                "undeclared-mesh-protocol", "hot-path-without-connection-limits", "mesh-default-allow",
                "service-account-escalation-path", "mesh-components-without-limits", "mesh-telemetry-not-exported",
                "single-non-ha-control-plane", "sensitive-zone-without-l3-policy");
    }
}
