package org.threatmesh.rules.builtin.advisory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.threatmesh.model.NodeKind.API_GATEWAY;
import static org.threatmesh.model.NodeKind.MONITORING;
import static org.threatmesh.model.NodeKind.SERVICE;
import static org.threatmesh.model.NodeKind.SERVICE_REGISTRY;
import static org.threatmesh.model.attr.GatewayAttributes.POLICY_MUTABLE_AT_RUNTIME;
import static org.threatmesh.model.attr.GatewayAttributes.TIER;
import static org.threatmesh.model.attr.WorkloadAttributes.AUTHZ_LOCAL;
import static org.threatmesh.model.attr.WorkloadAttributes.DATA_SENSITIVITY;
import static org.threatmesh.model.attr.WorkloadAttributes.DISCOVERY;
import static org.threatmesh.model.attr.WorkloadAttributes.EXPOSURE;
import static org.threatmesh.model.attr.WorkloadAttributes.INPUT_VALIDATION;
import static org.threatmesh.model.attr.WorkloadAttributes.MESH_MODE;
import static org.threatmesh.rules.builtin.RuleFixtures.a;

import org.junit.jupiter.api.Test;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.attr.AuthzLevel;
import org.threatmesh.model.attr.DiscoveryPattern;
import org.threatmesh.model.attr.Exposure;
import org.threatmesh.model.attr.GatewayTier;
import org.threatmesh.model.attr.MeshMode;
import org.threatmesh.model.attr.Sensitivity;
import org.threatmesh.rules.RuleKind;
import org.threatmesh.rules.builtin.RuleFixtures;
import org.threatmesh.rules.builtin.RuleHarness;

class AdvisoryRulesTest {

    @Test
    void microgatewaysNeedRegistryAndMonitoring() {
        ThreatModel model = RuleFixtures.model()
                .node("edge", API_GATEWAY, null, a(TIER, GatewayTier.EDGE))
                .node("lonely", API_GATEWAY, null, a(TIER, GatewayTier.MICRO))
                .node("half", API_GATEWAY, null, a(TIER, GatewayTier.MICRO))
                .node("dont-fire-micro", API_GATEWAY, null, a(TIER, GatewayTier.MICRO))
                .node("vague", API_GATEWAY, null)
                .node("consul", SERVICE_REGISTRY, null)
                .node("prom", MONITORING, null)
                .edge("e1", "half", "consul")
                .edge("e2", "dont-fire-micro", "consul")
                .edge("e3", "prom", "dont-fire-micro")
                .build();

        assertThat(RuleHarness.run(new IsolatedMicrogatewayRule(), model)).containsExactly(
                "microgateway-without-registry-or-monitoring@half fire low",
                "microgateway-without-registry-or-monitoring@lonely fire low",
                "microgateway-without-registry-or-monitoring@vague unknown vague.tier");
        assertThat(RuleHarness.fired(new IsolatedMicrogatewayRule(), model, "lonely").message())
                .isEqualTo("Microgateway lonely is not connected to service registry or monitoring");
    }

    @Test
    void gatewayPolicyShouldBeImmutable() {
        ThreatModel model = RuleFixtures.model()
                .node("mutable", API_GATEWAY, null, a(POLICY_MUTABLE_AT_RUNTIME, true))
                .node("dont-fire-gw", API_GATEWAY, null, a(POLICY_MUTABLE_AT_RUNTIME, false))
                .node("vague", API_GATEWAY, null)
                .build();

        assertThat(RuleHarness.run(new MutableGatewayPolicyRule(), model)).containsExactly(
                "gateway-policy-mutable-at-runtime@mutable fire low",
                "gateway-policy-mutable-at-runtime@vague unknown vague.policyMutableAtRuntime");
    }

    @Test
    void sensitiveServicesMustAuthorizeThemselves() {
        ThreatModel model = RuleFixtures.model()
                .node("pay", SERVICE, null, a(MESH_MODE, MeshMode.SIDECAR),
                        a(DATA_SENSITIVITY, Sensitivity.HIGHLY_SENSITIVE), a(AUTHZ_LOCAL, AuthzLevel.NONE))
                .node("orders", SERVICE, null, a(MESH_MODE, MeshMode.AMBIENT),
                        a(DATA_SENSITIVITY, Sensitivity.SENSITIVE), a(AUTHZ_LOCAL, AuthzLevel.NONE))
                .node("dont-fire-fine", SERVICE, null, a(MESH_MODE, MeshMode.SIDECAR),
                        a(DATA_SENSITIVITY, Sensitivity.SENSITIVE), a(AUTHZ_LOCAL, AuthzLevel.FINE))
                .node("dont-fire-catalog", SERVICE, null, a(MESH_MODE, MeshMode.SIDECAR),
                        a(DATA_SENSITIVITY, Sensitivity.INTERNAL), a(AUTHZ_LOCAL, AuthzLevel.NONE))
                .node("dont-fire-legacy", SERVICE, null, a(MESH_MODE, MeshMode.NONE),
                        a(DATA_SENSITIVITY, Sensitivity.SENSITIVE), a(AUTHZ_LOCAL, AuthzLevel.NONE))
                .node("vague", SERVICE, null, a(MESH_MODE, MeshMode.SIDECAR), a(AUTHZ_LOCAL, AuthzLevel.NONE))
                .build();

        assertThat(RuleHarness.run(new MeshOnlyAuthorizationRule(), model)).containsExactly(
                "mesh-only-authorization@orders fire medium",
                "mesh-only-authorization@pay fire high",
                "mesh-only-authorization@vague unknown vague.dataSensitivity");
        assertThat(new MeshOnlyAuthorizationRule().metadata().kind()).isEqualTo(RuleKind.ADVISORY);
    }

    @Test
    void servicesShouldValidateInputInCode() {
        ThreatModel model = RuleFixtures.model()
                .node("naive", SERVICE, null, a(INPUT_VALIDATION, false))
                .node("dont-fire-svc", SERVICE, null, a(INPUT_VALIDATION, true))
                .node("vague", SERVICE, null)
                .build();

        assertThat(RuleHarness.run(new MissingInputValidationRule(), model)).containsExactly(
                "missing-input-validation@naive fire low",
                "missing-input-validation@vague unknown vague.inputValidation");
    }

    @Test
    void publicApisShouldUseServerSideDiscovery() {
        ThreatModel model = RuleFixtures.model()
                .node("public", SERVICE, null, a(EXPOSURE, Exposure.PUBLIC), a(DISCOVERY, DiscoveryPattern.CLIENT_SIDE))
                .node("dont-fire-server", API_GATEWAY, null, a(EXPOSURE, Exposure.PUBLIC),
                        a(DISCOVERY, DiscoveryPattern.SERVER_SIDE))
                .node("dont-fire-private", SERVICE, null, a(EXPOSURE, Exposure.PRIVATE),
                        a(DISCOVERY, DiscoveryPattern.CLIENT_SIDE))
                .node("vague", SERVICE, null, a(DISCOVERY, DiscoveryPattern.CLIENT_SIDE))
                .build();

        assertThat(RuleHarness.run(new ClientSideDiscoveryForPublicApiRule(), model)).containsExactly(
                "public-api-client-side-discovery@public fire low",
                "public-api-client-side-discovery@vague unknown vague.exposure");
    }

    @Test
    void registryIsSortedAndComplete() {
        assertThat(AdvisoryRules.all()).hasSize(5)
                .extracting(rule -> rule.metadata().id()).isSorted().doesNotHaveDuplicates();
    }
}
