package org.threatmesh.rules.builtin.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.threatmesh.rules.builtin.RuleFixtures.a;

import org.junit.jupiter.api.Test;
import org.threatmesh.model.EdgeId;
import org.threatmesh.model.NodeId;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.ZoneKind;
import org.threatmesh.model.attr.Sensitivity;
import org.threatmesh.model.attr.WorkloadAttributes;
import org.threatmesh.rules.AnalysisContext;
import org.threatmesh.rules.RuleMetadata;
import org.threatmesh.rules.Severity;
import org.threatmesh.rules.Stride;
import org.threatmesh.rules.Targets;
import org.threatmesh.rules.builtin.RuleFixtures;

class SeveritiesTest {

    private static final RuleMetadata MEDIUM = Meta.rule("probe").title("Probe").rationale("Why.").remediation("Fix.")
            .severity(Severity.MEDIUM, "probe").stride(Stride.D).nist("MS-SS-6#1").targets(Targets.edges())
            .artefacts("none").build();

    private final ThreatModel model = RuleFixtures.model()
            .zone("internet", ZoneKind.INTERNET)
            .node("client", NodeKind.EXTERNAL_CLIENT, "internet")
            .node("gw", NodeKind.API_GATEWAY, null)
            .node("vault", NodeKind.SERVICE, null, a(WorkloadAttributes.DATA_SENSITIVITY, Sensitivity.HIGHLY_SENSITIVE))
            .node("vague", NodeKind.SERVICE, null)
            .edge("ns", "client", "gw")
            .edge("to-vault", "gw", "vault")
            .edge("to-vague", "gw", "vague")
            .edge("ns-vault", "client", "vault")
            .build();
    private final AnalysisContext context = new AnalysisContext(model);

    @Test
    void nodesAreRaisedOnlyForKnownHighlySensitiveData() {
        assertThat(Severities.forNode(MEDIUM, model.nodes().get(NodeId.of("vault")), context)).isEqualTo(Severity.HIGH);
        assertThat(Severities.forNode(MEDIUM, model.nodes().get(NodeId.of("vague")), context))
                .isEqualTo(Severity.MEDIUM);
    }

    @Test
    void edgesAreRaisedOnceForNorthSouthOrSensitiveTargets() {
        assertThat(Severities.forEdge(MEDIUM, model.edges().get(EdgeId.of("ns")), context)).isEqualTo(Severity.HIGH);
        assertThat(Severities.forEdge(MEDIUM, model.edges().get(EdgeId.of("to-vault")), context))
                .isEqualTo(Severity.HIGH);
        assertThat(Severities.forEdge(MEDIUM, model.edges().get(EdgeId.of("ns-vault")), context))
                .isEqualTo(Severity.HIGH);
        assertThat(Severities.forEdge(MEDIUM, model.edges().get(EdgeId.of("to-vague")), context))
                .isEqualTo(Severity.MEDIUM);
    }

    @Test
    void callsFromOutsideAreNotRaisedTwiceForBeingNorthSouth() {
        assertThat(Severities.forEdgeFromOutside(MEDIUM, model.edges().get(EdgeId.of("ns")), context))
                .isEqualTo(Severity.MEDIUM);
        assertThat(Severities.forEdgeFromOutside(MEDIUM, model.edges().get(EdgeId.of("ns-vault")), context))
                .isEqualTo(Severity.HIGH);
    }
}
