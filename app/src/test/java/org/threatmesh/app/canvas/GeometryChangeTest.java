package org.threatmesh.app.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.threatmesh.app.testing.Fixtures;
import org.threatmesh.model.Bounds;
import org.threatmesh.model.Edge;
import org.threatmesh.model.EdgeId;
import org.threatmesh.model.NodeId;
import org.threatmesh.model.Point;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.TrustZone;
import org.threatmesh.model.ZoneId;
import org.threatmesh.model.ZoneKind;
import org.threatmesh.model.attr.EdgeAttributes;
import org.threatmesh.model.attr.WorkloadAttributes;
import org.threatmesh.model.attr.TlsMode;
import org.threatmesh.model.edit.MoveElementsCommand;
import org.threatmesh.model.edit.SetAttributeCommand;

/** Which edits let the canvas and the overlay skip a pass over every skin and badge. */
class GeometryChangeTest {

    private static final EdgeId CALL = EdgeId.of("e-a-b");
    private final ThreatModel model = Fixtures.small().withEdge(Edge.of(CALL, NodeId.of("n-a"), NodeId.of("n-b")));

    @Test
    void anEditOfACallsAttributesMovesNothing() {
        ThreatModel after = SetAttributeCommand.of(CALL, EdgeAttributes.TLS, TlsMode.NONE).apply(model);

        assertThat(after).isNotSameAs(model);
        assertThat(DiagramGeometry.mayMoveElements(model, after)).isFalse();
    }

    @Test
    void movingANodeOrAZoneAndEditingANodeMayMoveElements() {
        ThreatModel movedNode = MoveElementsCommand.move(Map.of(NodeId.of("n-a"), new Point(700, 60)), Map.of())
                .apply(model);
        ThreatModel resizedZone = MoveElementsCommand.move(Map.of(),
                Map.of(ZoneId.of("z-dmz"), new Bounds(0, 0, 500, 300))).apply(model);
        ThreatModel addedZone = model.withZone(TrustZone.of(ZoneId.of("z-new"), ZoneKind.CLUSTER, "New"));
        ThreatModel editedNode = SetAttributeCommand.of(NodeId.of("n-a"), WorkloadAttributes.HIGH_SECURITY, true)
                .apply(model);

        assertThat(DiagramGeometry.mayMoveElements(model, movedNode)).isTrue();
        assertThat(DiagramGeometry.mayMoveElements(model, resizedZone)).isTrue();
        assertThat(DiagramGeometry.mayMoveElements(model, addedZone)).isTrue();
        assertThat(DiagramGeometry.mayMoveElements(model, editedNode)).isTrue();
        assertThat(DiagramGeometry.mayMoveElements(null, model)).isTrue();
    }
}
