package org.threatmesh.app.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.threatmesh.app.editing.EditingSession;
import org.threatmesh.app.testing.Fixtures;
import org.threatmesh.model.Bounds;
import org.threatmesh.model.Edge;
import org.threatmesh.model.EdgeId;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeId;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.Point;
import org.threatmesh.model.ZoneId;
import org.threatmesh.model.ZoneKind;
import org.threatmesh.model.attr.CallMode;
import org.threatmesh.model.attr.EdgeAttributes;
import org.threatmesh.model.attr.Protocol;
import org.threatmesh.model.attr.TlsMode;

class CreationIntentsTest {

    private final EditingSession session = new EditingSession(Fixtures.small());
    private final CanvasViewModel canvas = new CanvasViewModel(session);

    @Test
    void addsANodeCentredOnTheDropPointInTheZoneThereAndSelectsIt() {
        Optional<NodeId> id = canvas.creation().addNode(NodeKind.SERVICE, new Point(200, 200));

        assertThat(id).contains(NodeId.of("n-service"));
        Node node = session.current().nodes().get(NodeId.of("n-service"));
        assertThat(node.kind()).isEqualTo(NodeKind.SERVICE);
        assertThat(node.name()).isEqualTo("Service");
        assertThat(node.zone()).contains(ZoneId.of("z-dmz"));
        assertThat(session.current().layout().node(node.id())).contains(new Point(120, 180));
        assertThat(canvas.selection().snapshot()).containsExactly(node.id());
        assertThat(session.history()).containsExactly("Add service \"Service\"");
    }

    @Test
    void secondNodeOfAKindGetsANumberedNameAndId() {
        canvas.creation().addNode(NodeKind.DATASTORE, new Point(900, 500));
        Optional<NodeId> second = canvas.creation().addNode(NodeKind.DATASTORE, new Point(900, 700));

        assertThat(second).contains(NodeId.of("n-datastore-2"));
        assertThat(session.current().nodes().get(second.get()).name()).isEqualTo("Datastore 2");
        assertThat(session.current().nodes().get(second.get()).zone()).isEmpty();
    }

    @Test
    void connectsWithDefaultsThatFitTheTargetAndLeavesSecurityUnknown() {
        canvas.creation().addNode(NodeKind.DATASTORE, new Point(900, 500));

        Optional<EdgeId> call = canvas.creation().connect(NodeId.of("n-a"), NodeId.of("n-datastore"));

        assertThat(call).contains(EdgeId.of("e-a-datastore"));
        Edge edge = session.current().edges().get(call.get());
        assertThat(edge.from()).isEqualTo(NodeId.of("n-a"));
        assertThat(edge.to()).isEqualTo(NodeId.of("n-datastore"));
        assertThat(edge.get(EdgeAttributes.PROTOCOL).value()).isEqualTo(Protocol.SQL);
        assertThat(edge.get(EdgeAttributes.MODE).value()).isEqualTo(CallMode.SYNC);
        assertThat(edge.get(EdgeAttributes.TLS).isUnknown()).isTrue();
        assertThat(session.undoDescriptionProperty().get()).isEqualTo("Connect \"A\" → \"Datastore\"");
        assertThat(canvas.edges().get(call.get()).labelProperty().get()).isEqualTo("SQL");
    }

    @Test
    void callsToABrokerAreAsynchronousAmqp() {
        canvas.creation().addNode(NodeKind.MESSAGE_BROKER, new Point(900, 500));

        EdgeId call = canvas.creation().connect(NodeId.of("n-b"), NodeId.of("n-message-broker")).orElseThrow();

        assertThat(session.current().edges().get(call).get(EdgeAttributes.PROTOCOL).value()).isEqualTo(Protocol.AMQP);
        assertThat(session.current().edges().get(call).get(EdgeAttributes.MODE).value()).isEqualTo(CallMode.ASYNC);
    }

    @Test
    void refusesInvalidConnectionsWithTheReason() {
        canvas.creation().addNode(NodeKind.EXTERNAL_CLIENT, new Point(900, 500));
        canvas.creation().connect(NodeId.of("n-a"), NodeId.of("n-b"));

        assertThat(canvas.creation().connectionRefusal(NodeId.of("n-a"), NodeId.of("n-a")))
                .contains("A call cannot go from a node to itself");
        assertThat(canvas.creation().connectionRefusal(NodeId.of("n-a"), NodeId.of("n-external-client")))
                .contains("\"External client\" is an external client: it makes calls but is not called");
        assertThat(canvas.creation().connectionRefusal(NodeId.of("n-a"), NodeId.of("n-b")))
                .contains("\"A\" already calls \"B\"; edit that call instead");
        assertThat(canvas.creation().connectionRefusal(NodeId.of("n-b"), NodeId.of("n-a"))).isEmpty();

        assertThat(canvas.creation().connect(NodeId.of("n-a"), NodeId.of("n-a"))).isEmpty();
        assertThat(canvas.messageProperty().get()).isEqualTo("A call cannot go from a node to itself");
        assertThat(session.current().edges()).hasSize(1);
    }

    @Test
    void aDrawnZoneNestsInTheZoneAroundItAndAdoptsWhatItCovers() {
        Optional<ZoneId> zone = canvas.creation().addZone(ZoneKind.NAMESPACE, new Bounds(20, 40, 300, 200));

        assertThat(zone).contains(ZoneId.of("z-namespace"));
        assertThat(session.current().zones().get(zone.get()).parent()).contains(ZoneId.of("z-dmz"));
        assertThat(session.current().nodes().get(NodeId.of("n-gw")).zone()).isEqualTo(zone);
        assertThat(session.current().layout().zone(zone.get()).orElseThrow().bounds())
                .isEqualTo(new Bounds(20, 40, 300, 200));
        assertThat(session.history()).containsExactly("Add zone \"Namespace\"");

        session.undo();

        assertThat(session.current()).isEqualTo(Fixtures.small());
    }

    @Test
    void aZoneDrawnAroundTopLevelZonesAndNodesAdoptsThem() {
        ZoneId cluster = canvas.creation().addZone(ZoneKind.CLUSTER, new Bounds(-20, -20, 900, 400)).orElseThrow();

        assertThat(session.current().zones().get(cluster).parent()).isEmpty();
        assertThat(session.current().zones().get(ZoneId.of("z-dmz")).parent()).contains(cluster);
        assertThat(session.current().nodes().get(NodeId.of("n-a")).zone()).contains(cluster);
        assertThat(session.current().nodes().get(NodeId.of("n-b")).zone()).contains(cluster);
        assertThat(session.current().nodes().get(NodeId.of("n-gw")).zone()).contains(ZoneId.of("z-dmz"));
    }
}
