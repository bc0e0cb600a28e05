package org.threatmesh.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.threatmesh.model.Edge;
import org.threatmesh.model.EdgeId;
import org.threatmesh.model.Layout;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeId;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.TrustZone;
import org.threatmesh.model.ZoneId;
import org.threatmesh.model.attr.Attributes;

/**
 * A model made of several disjoint copies of another: every id gets a {@code -cK} suffix, every element's
 * attributes are copied (so the copies share no attribute storage), and no call joins two copies. Analysing it is
 * exactly {@code copies} times the work of analysing the original, for element and graph rules alike; the
 * control experiment for whether growth with model size comes from the rules or from the machine. The copies have
 * no layout and no triage.
 */
final class DisjointCopies {

    private DisjointCopies() {
    }

    /** {@code copies} disjoint copies of {@code model}; the model itself when {@code copies} is 1. */
    static ThreatModel of(ThreatModel model, int copies) {
        if (copies < 1) {
            throw new IllegalArgumentException("copies must be at least 1, not " + copies);
        }
        if (copies == 1) {
            return model;
        }
        List<TrustZone> zones = new ArrayList<>();
        List<Node> nodes = new ArrayList<>();
        List<Edge> edges = new ArrayList<>();
        for (int copy = 0; copy < copies; copy++) {
            String suffix = "-c" + copy;
            for (TrustZone zone : model.zones().values()) {
                zones.add(new TrustZone(new ZoneId(zone.id().value() + suffix), zone.kind(), zone.name(),
                        zone.parent().map(parent -> new ZoneId(parent.value() + suffix)), copy(zone.attributes())));
            }
            for (Node node : model.nodes().values()) {
                nodes.add(new Node(new NodeId(node.id().value() + suffix), node.kind(), node.name(),
                        node.zone().map(zone -> new ZoneId(zone.value() + suffix)), copy(node.attributes())));
            }
            for (Edge edge : model.edges().values()) {
                edges.add(new Edge(new EdgeId(edge.id().value() + suffix), new NodeId(edge.from().value() + suffix),
                        new NodeId(edge.to().value() + suffix), edge.name(), copy(edge.attributes())));
            }
        }
        return ThreatModel.of(model.info(), model.attributes(), zones, nodes, edges, List.of(),
                Layout.of(Map.of(), Map.of()));
    }

    private static Attributes copy(Attributes attributes) {
        return Attributes.ofChecked(new TreeMap<>(attributes.asMap()));
    }
}
