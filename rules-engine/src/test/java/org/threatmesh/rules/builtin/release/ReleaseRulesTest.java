package org.threatmesh.rules.builtin.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.threatmesh.model.NodeKind.API_GATEWAY;
import static org.threatmesh.model.NodeKind.SERVICE;
import static org.threatmesh.model.attr.WorkloadAttributes.MESH_MODE;
import static org.threatmesh.model.attr.WorkloadAttributes.ROLLOUT;
import static org.threatmesh.model.attr.WorkloadAttributes.ROLLOUT_METRICS_GATED;
import static org.threatmesh.model.attr.WorkloadAttributes.VERSIONS;
import static org.threatmesh.model.attr.WorkloadAttributes.VERSION_SELECTION;
import static org.threatmesh.rules.builtin.RuleFixtures.a;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.attr.MeshMode;
import org.threatmesh.model.attr.RolloutStrategy;
import org.threatmesh.model.attr.ServiceVersion;
import org.threatmesh.model.attr.VersionSelection;
import org.threatmesh.rules.builtin.RuleFixtures;
import org.threatmesh.rules.builtin.RuleHarness;

class ReleaseRulesTest {

    private static final List<ServiceVersion> ONE = List.of(new ServiceVersion("v1", 100, true));
    private static final List<ServiceVersion> TWO =
            List.of(new ServiceVersion("v1", 90, true), new ServiceVersion("v2", 10, true));
    private static final List<ServiceVersion> TWO_UNMONITORED =
            List.of(new ServiceVersion("v1", 90, true), new ServiceVersion("v2", 10, false));

    @Test
    void versionsMustBeReachedThroughAGatewayOrTheMesh() {
        ThreatModel model = RuleFixtures.model()
                .node("gw", API_GATEWAY, null)
                .node("web", SERVICE, null, a(MESH_MODE, MeshMode.NONE), a(VERSIONS, ONE))
                .node("direct", SERVICE, null, a(VERSIONS, TWO), a(MESH_MODE, MeshMode.NONE))
                .node("dont-fire-mesh", SERVICE, null, a(VERSIONS, TWO), a(MESH_MODE, MeshMode.SIDECAR))
                .node("dont-fire-gw", SERVICE, null, a(VERSIONS, TWO), a(MESH_MODE, MeshMode.NONE))
                .node("dont-fire-single", SERVICE, null, a(VERSIONS, ONE), a(MESH_MODE, MeshMode.NONE))
                .node("vague", SERVICE, null, a(VERSIONS, TWO))
                .edge("e1", "web", "direct")
                .edge("e2", "web", "dont-fire-mesh")
                .edge("e3", "gw", "dont-fire-gw")
                .edge("e4", "web", "dont-fire-single")
                .edge("e5", "web", "vague")
                .build();

        assertThat(RuleHarness.run(new UncontrolledVersionRoutingRule(), model)).containsExactly(
                "versions-reached-directly@direct fire medium",
                "versions-reached-directly@vague unknown vague.meshMode");
        assertThat(RuleHarness.fired(new UncontrolledVersionRoutingRule(), model, "direct").message())
                .isEqualTo("direct runs 2 versions reached directly by web, with no gateway or mesh routing");
    }

    @Test
    void everyVersionMustBeMonitored() {
        ThreatModel model = RuleFixtures.model()
                .node("svc", SERVICE, null, a(VERSIONS, TWO_UNMONITORED))
                .node("dont-fire-svc", SERVICE, null, a(VERSIONS, TWO))
                .node("vague", SERVICE, null)
                .build();

        assertThat(RuleHarness.run(new UnmonitoredVersionRule(), model)).containsExactly(
                "unmonitored-version@svc fire medium",
                "unmonitored-version@vague unknown vague.versions");
        assertThat(RuleHarness.fired(new UnmonitoredVersionRule(), model, "svc").message())
                .isEqualTo("Version v2 of svc runs without security monitoring");
    }

    @Test
    void multiVersionServicesMustRampInSteps() {
        ThreatModel model = RuleFixtures.model()
                .node("big-bang", SERVICE, null, a(VERSIONS, TWO), a(ROLLOUT, RolloutStrategy.ALL_AT_ONCE))
                .node("dont-fire-stepped", SERVICE, null, a(VERSIONS, TWO), a(ROLLOUT, RolloutStrategy.STEPPED))
                .node("dont-fire-single", SERVICE, null, a(VERSIONS, ONE), a(ROLLOUT, RolloutStrategy.ALL_AT_ONCE))
                .node("vague", SERVICE, null, a(ROLLOUT, RolloutStrategy.ALL_AT_ONCE))
                .build();

        assertThat(RuleHarness.run(new AllAtOnceRolloutRule(), model)).containsExactly(
                "all-at-once-rollout@big-bang fire low",
                "all-at-once-rollout@vague unknown vague.versions");
    }

    @Test
    void steppedRolloutsMustBeGatedOnMetrics() {
        ThreatModel model = RuleFixtures.model()
                .node("timer", SERVICE, null, a(VERSIONS, TWO), a(ROLLOUT, RolloutStrategy.STEPPED),
                        a(ROLLOUT_METRICS_GATED, false))
                .node("dont-fire-gated", SERVICE, null, a(VERSIONS, TWO), a(ROLLOUT, RolloutStrategy.STEPPED),
                        a(ROLLOUT_METRICS_GATED, true))
                .node("dont-fire-big-bang", SERVICE, null, a(VERSIONS, TWO), a(ROLLOUT, RolloutStrategy.ALL_AT_ONCE))
                .node("vague", SERVICE, null, a(VERSIONS, TWO), a(ROLLOUT_METRICS_GATED, false))
                .build();

        assertThat(RuleHarness.run(new UngatedPromotionRule(), model)).containsExactly(
                "ungated-canary-promotion@timer fire low",
                "ungated-canary-promotion@vague unknown vague.rollout");
    }

    @Test
    void clientsShouldChooseAVersion() {
        ThreatModel model = RuleFixtures.model()
                .node("forced", SERVICE, null, a(VERSIONS, TWO), a(VERSION_SELECTION, VersionSelection.NONE))
                .node("dont-fire-header", SERVICE, null, a(VERSIONS, TWO), a(VERSION_SELECTION, VersionSelection.HEADER))
                .node("dont-fire-single", SERVICE, null, a(VERSIONS, ONE), a(VERSION_SELECTION, VersionSelection.NONE))
                .node("vague", SERVICE, null, a(VERSIONS, TWO))
                .build();

        assertThat(RuleHarness.run(new NoVersionSelectionRule(), model)).containsExactly(
                "no-client-version-selection@forced fire low",
                "no-client-version-selection@vague unknown vague.versionSelection");
    }

    @Test
    void registryIsSortedById() {
        assertThat(ReleaseRules.all()).extracting(rule -> rule.metadata().id())
                .isSorted().containsExactlyInAnyOrder(
                        "versions-reached-directly", "unmonitored-version", "all-at-once-rollout",
                        "ungated-canary-promotion", "no-client-version-selection");
    }
}
