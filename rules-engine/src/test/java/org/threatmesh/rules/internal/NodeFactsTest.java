package org.threatmesh.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.threatmesh.model.Edge;
import org.threatmesh.model.EdgeId;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeId;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.TrustZone;
import org.threatmesh.model.ZoneId;
import org.threatmesh.model.ZoneKind;
import org.threatmesh.model.attr.MeshMode;
import org.threatmesh.model.attr.WorkloadAttributes;
import org.threatmesh.rules.AnalysisContext;

/**
 * The node facts answer internet exposure and zones from the topology, and a node object the table was not built
 * from (an edited node of a successor snapshot) gets the same answers through its id.
 */
class NodeFactsTest {

    private static final ZoneId INTERNET = new ZoneId("z-internet");
    private static final ZoneId EDGE_ZONE = new ZoneId("z-edge");
    private static final ZoneId CLUSTER = new ZoneId("z-cluster");
    private static final ZoneId NAMESPACE = new ZoneId("z-ns");

    private static ThreatModel model() {
        ThreatModel model = ThreatModel.empty("facts")
                .withZone(TrustZone.of(INTERNET, ZoneKind.INTERNET, "Internet"))
                // Nested in the internet zone: its nodes are internet nodes too.
                .withZone(TrustZone.of(EDGE_ZONE, ZoneKind.NAMESPACE, "Edge").withParent(Optional.of(INTERNET)))
                .withZone(TrustZone.of(CLUSTER, ZoneKind.CLUSTER, "Cluster"))
                .withZone(TrustZone.of(NAMESPACE, ZoneKind.NAMESPACE, "Shop").withParent(Optional.of(CLUSTER)));
        model = model.withNode(Node.of(new NodeId("n-browser"), NodeKind.EXTERNAL_CLIENT, "Browser"))
                .withNode(Node.of(new NodeId("n-bot"), NodeKind.SERVICE, "Bot").withZone(Optional.of(EDGE_ZONE)))
                .withNode(Node.of(new NodeId("n-gw"), NodeKind.API_GATEWAY, "Gateway")
                        .withZone(Optional.of(NAMESPACE)))
                .withNode(Node.of(new NodeId("n-cart"), NodeKind.SERVICE, "Cart").withZone(Optional.of(NAMESPACE)))
                .withNode(Node.of(new NodeId("n-lonely"), NodeKind.SERVICE, "Lonely"));
        return model.withEdge(Edge.of(new EdgeId("e-1"), new NodeId("n-browser"), new NodeId("n-gw")))
                .withEdge(Edge.of(new EdgeId("e-2"), new NodeId("n-bot"), new NodeId("n-cart")))
                .withEdge(Edge.of(new EdgeId("e-3"), new NodeId("n-gw"), new NodeId("n-lonely")));
    }

    @Test
    void answersInternetExposureAndZonesByTheNodeItself() {
        ThreatModel model = model();
        AnalysisContext context = new AnalysisContext(model);
        assertThat(internetNodes(context, model)).containsExactly("n-bot", "n-browser");
        assertThat(internetFacing(context, model)).containsExactly("n-cart", "n-gw");
        assertThat(context.zoneChain(node(model, "n-cart"))).containsExactly(NAMESPACE, CLUSTER);
        assertThat(context.zoneChain(node(model, "n-bot"))).containsExactly(EDGE_ZONE, INTERNET);
        assertThat(context.zoneChain(node(model, "n-lonely"))).isEmpty();
        assertThat(context.enclosingZone(node(model, "n-cart"), ZoneKind.CLUSTER).map(TrustZone::id))
                .contains(CLUSTER);
        assertThat(context.enclosingZone(node(model, "n-browser"), ZoneKind.NAMESPACE)).isEmpty();
    }

    @Test
    void anEditedNodeOfASuccessorSnapshotGetsTheSameAnswersThroughItsId() {
        ThreatModel model = model();
        AnalysisContext context = new AnalysisContext(model);
        context.prepareIndexes();
        ThreatModel edited = model.withNode(node(model, "n-cart").with(WorkloadAttributes.MESH_MODE,
                MeshMode.SIDECAR)).withNode(node(model, "n-bot").with(WorkloadAttributes.MESH_MODE, MeshMode.NONE));
        AnalysisContext successor = context.successor(edited, Set.of(new NodeId("n-cart"), new NodeId("n-bot")),
                Set.of(), Set.of(WorkloadAttributes.MESH_MODE.name()));
        Node cart = node(edited, "n-cart");
        assertThat(cart).isNotSameAs(node(model, "n-cart"));
        assertThat(internetNodes(successor, edited)).containsExactly("n-bot", "n-browser");
        assertThat(internetFacing(successor, edited)).containsExactly("n-cart", "n-gw");
        assertThat(successor.zoneChain(cart)).containsExactly(NAMESPACE, CLUSTER);
    }

    @Test
    void theInternetReachesAlongCallsAndNotBackwards() {
        ThreatModel model = model()
                .withNode(Node.of(new NodeId("n-island"), NodeKind.SERVICE, "Island").withZone(Optional.of(NAMESPACE)))
                .withEdge(Edge.of(new EdgeId("e-4"), new NodeId("n-island"), new NodeId("n-cart")));
        AnalysisContext context = new AnalysisContext(model);
        assertThat(context.internetReachable()).extracting(NodeId::value)
                .containsExactly("n-bot", "n-browser", "n-cart", "n-gw", "n-lonely");
        assertThat(model.nodes().values().stream().filter(context::isInternetReachable).map(n -> n.id().value()))
                .containsExactly("n-bot", "n-browser", "n-cart", "n-gw", "n-lonely");
        ThreatModel edited = model.withNode(node(model, "n-island").with(WorkloadAttributes.MESH_MODE,
                MeshMode.SIDECAR));
        AnalysisContext successor = context.successor(edited, Set.of(new NodeId("n-island")), Set.of(),
                Set.of(WorkloadAttributes.MESH_MODE.name()));
        assertThat(successor.isInternetReachable(node(edited, "n-island"))).isFalse();
        assertThat(successor.isInternetReachable(node(edited, "n-cart"))).isTrue();
    }

    private static Node node(ThreatModel model, String id) {
        return model.nodes().get(new NodeId(id));
    }

    private static List<String> internetNodes(AnalysisContext context, ThreatModel model) {
        return model.nodes().values().stream().filter(context::isInInternet).map(node -> node.id().value()).toList();
    }

    private static List<String> internetFacing(AnalysisContext context, ThreatModel model) {
        return model.nodes().values().stream().filter(context::isInternetFacing).map(node -> node.id().value())
                .toList();
    }
}
