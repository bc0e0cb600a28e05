package org.threatmesh.model.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.threatmesh.model.Bounds;
import org.threatmesh.model.ElementId;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeId;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.Point;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.TriageDecision;
import org.threatmesh.model.TriageStatus;
import org.threatmesh.model.TrustZone;
import org.threatmesh.model.ZoneId;
import org.threatmesh.model.ZoneKind;
import org.threatmesh.model.ZoneLayout;
import org.threatmesh.model.attr.Fact;
import org.threatmesh.model.attr.Sensitivity;
import org.threatmesh.model.attr.WorkloadAttributes;

class CommandsTest {

    private static final ZoneId OUTER = ZoneId.of("z-outer");
    private static final ZoneId INNER = ZoneId.of("z-inner");
    private static final NodeId SVC = NodeId.of("n-svc");
    private static final NodeId DB = NodeId.of("n-db");

    private ThreatModel zonedModel() {
        ThreatModel model = ThreatModel.empty("zones");
        model = new AddZoneCommand(TrustZone.of(OUTER, ZoneKind.CLUSTER, "cluster"),
                ZoneLayout.of(new Bounds(0, 0, 500, 500))).apply(model);
        model = new AddZoneCommand(TrustZone.of(INNER, ZoneKind.NAMESPACE, "ns").withParent(Optional.of(OUTER)),
                ZoneLayout.of(new Bounds(20, 20, 300, 300))).apply(model);
        model = new AddNodeCommand(Node.of(SVC, NodeKind.SERVICE, "svc").withZone(Optional.of(INNER)),
                new Point(40, 40)).apply(model);
        return new AddNodeCommand(Node.of(DB, NodeKind.DATASTORE, "db"), new Point(400, 40)).apply(model);
    }

    @Test
    void deletingAZoneMovesItsContentsToItsParent() {
        ThreatModel after = new DeleteElementsCommand(Set.of(INNER)).apply(zonedModel());

        assertThat(after.zones()).containsOnlyKeys(OUTER);
        assertThat(after.nodes().get(SVC).zone()).contains(OUTER);
        assertThat(after.layout().zones()).containsOnlyKeys(OUTER);
    }

    @Test
    void assignZoneRefusesToNestAZoneInsideItsOwnChild() {
        assertThatThrownBy(() -> new AssignZoneCommand(Set.of(OUTER), Optional.of(INNER)).apply(zonedModel()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("zone 'z-outer' is nested inside itself");
    }

    @Test
    void assignZoneMovesNodesAndZones() {
        ThreatModel after = new AssignZoneCommand(Set.<ElementId>of(DB), Optional.of(INNER)).apply(zonedModel());
        assertThat(after.nodes().get(DB).zone()).contains(INNER);
        assertThat(after.graph().nodesWithin(OUTER)).containsExactly(DB, SVC);
    }

    @Test
    void setAttributeChangesEveryTargetAndClearsToUnknown() {
        ThreatModel model = zonedModel();
        ThreatModel set = new SetAttributeCommand<>(List.of(SVC, DB), WorkloadAttributes.DATA_SENSITIVITY,
                Fact.known(Sensitivity.SENSITIVE), "").apply(model);
        assertThat(set.nodes().get(SVC).get(WorkloadAttributes.DATA_SENSITIVITY).value()).isEqualTo(Sensitivity.SENSITIVE);
        assertThat(set.nodes().get(DB).get(WorkloadAttributes.DATA_SENSITIVITY).value()).isEqualTo(Sensitivity.SENSITIVE);

        ThreatModel cleared = SetAttributeCommand.clear(SVC, WorkloadAttributes.DATA_SENSITIVITY).apply(set);
        assertThat(cleared.nodes().get(SVC).get(WorkloadAttributes.DATA_SENSITIVITY).isUnknown()).isTrue();
    }

    @Test
    void setAttributeRefusesAnAttributeThatDoesNotApplyToTheKind() {
        assertThatThrownBy(() -> SetAttributeCommand.of(DB, WorkloadAttributes.HIGH_SECURITY, true).apply(zonedModel()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("attribute 'highSecurity' does not apply to a datastore");
    }

    @Test
    void moveSetsAbsolutePositionsAndBoundsInOneCommand() {
        ThreatModel after = MoveElementsCommand.move(Map.of(SVC, new Point(60, 60)),
                Map.of(INNER, new Bounds(40, 40, 300, 300))).apply(zonedModel());
        assertThat(after.layout().node(SVC)).contains(new Point(60, 60));
        assertThat(after.layout().zone(INNER).orElseThrow().bounds()).isEqualTo(new Bounds(40, 40, 300, 300));
    }

    @Test
    void triageIsRecordedAndAnOpenDecisionWithoutJustificationRemovesIt() {
        Instant at = Instant.parse("2026-11-27T10:00:00Z");
        TriageDecision accepted = new TriageDecision("rule-x@n-svc", TriageStatus.ACCEPTED_RISK, "compensated by WAF",
                "alice", at, Optional.empty());
        ThreatModel triaged = new SetTriageCommand(List.of(accepted)).apply(zonedModel());
        assertThat(triaged.triage()).containsEntry("rule-x@n-svc", accepted);

        TriageDecision reopened = new TriageDecision("rule-x@n-svc", TriageStatus.OPEN, "", "alice", at,
                Optional.empty());
        assertThat(new SetTriageCommand(List.of(reopened)).apply(triaged).triage()).isEmpty();
    }

    @Test
    void addingAnExistingIdIsRefused() {
        assertThatThrownBy(() -> new AddNodeCommand(Node.of(SVC, NodeKind.SERVICE, "again"), new Point(0, 0))
                .apply(zonedModel())).hasMessage("node id 'n-svc' is already taken");
    }
}
