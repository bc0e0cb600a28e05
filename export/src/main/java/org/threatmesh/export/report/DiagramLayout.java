package org.threatmesh.export.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.threatmesh.model.Bounds;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeId;
import org.threatmesh.model.Point;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.TrustZone;
import org.threatmesh.model.ZoneId;

/**
 * Positions for every node and zone: the model's own layout where it has one, a grid below it for nodes the editor
 * never placed, and for zones without a rectangle the box around their nodes. The report never invents a layout
 * that contradicts the user's.
 */
final class DiagramLayout {

    static final double NODE_WIDTH = 140;
    static final double NODE_HEIGHT = 64;
    private static final double GAP = 40;
    private static final double ZONE_PADDING = 24;

    private final Map<NodeId, Point> nodes = new HashMap<>();
    private final Map<ZoneId, Bounds> zones = new HashMap<>();

    DiagramLayout(ThreatModel model) {
        placeNodes(model);
        placeZones(model);
    }

    Point node(NodeId id) {
        return nodes.get(id);
    }

    Optional<Bounds> zone(ZoneId id) {
        return Optional.ofNullable(zones.get(id));
    }

    private void placeNodes(ThreatModel model) {
        double bottom = 0;
        for (Node node : model.nodes().values()) {
            Optional<Point> placed = model.layout().node(node.id());
            placed.ifPresent(point -> nodes.put(node.id(), point));
            if (placed.isPresent()) {
                bottom = Math.max(bottom, placed.get().y() + NODE_HEIGHT);
            }
        }
        for (var zone : model.layout().zones().values()) {
            bottom = Math.max(bottom, zone.bounds().maxY());
        }
        List<Node> unplaced = model.nodes().values().stream().filter(n -> !nodes.containsKey(n.id()))
                .sorted(Comparator.comparing((Node n) -> n.zone().map(ZoneId::value).orElse(""))
                        .thenComparing(Node::id))
                .toList();
        int columns = Math.max(1, (int) Math.ceil(Math.sqrt(unplaced.size() * 1.6)));
        double top = nodes.isEmpty() ? 0 : bottom + GAP * 2;
        for (int i = 0; i < unplaced.size(); i++) {
            nodes.put(unplaced.get(i).id(), new Point((i % columns) * (NODE_WIDTH + GAP),
                    top + (i / columns) * (NODE_HEIGHT + GAP)));
        }
    }

    private void placeZones(ThreatModel model) {
        for (TrustZone zone : model.zones().values()) {
            model.layout().zone(zone.id()).ifPresent(layout -> zones.put(zone.id(), layout.bounds()));
        }
        // Innermost first, so an enclosing zone without a rectangle can wrap the boxes of its children.
        List<TrustZone> byDepth = new ArrayList<>(model.zones().values());
        byDepth.sort(Comparator.comparingInt((TrustZone z) -> -depth(model, z.id())).thenComparing(TrustZone::id));
        for (TrustZone zone : byDepth) {
            if (zones.containsKey(zone.id())) {
                continue;
            }
            Bounds box = null;
            for (Node node : model.nodes().values()) {
                if (node.zone().filter(zone.id()::equals).isPresent()) {
                    Point p = nodes.get(node.id());
                    box = union(box, new Bounds(p.x(), p.y(), NODE_WIDTH, NODE_HEIGHT));
                }
            }
            for (TrustZone child : model.zones().values()) {
                if (child.parent().filter(zone.id()::equals).isPresent() && zones.containsKey(child.id())) {
                    box = union(box, zones.get(child.id()));
                }
            }
            if (box != null) {
                zones.put(zone.id(), new Bounds(box.x() - ZONE_PADDING, box.y() - ZONE_PADDING * 1.5,
                        box.width() + 2 * ZONE_PADDING, box.height() + ZONE_PADDING * 2.5));
            }
        }
    }

    static int depth(ThreatModel model, ZoneId id) {
        int depth = 0;
        Optional<ZoneId> parent = model.zone(id).flatMap(TrustZone::parent);
        while (parent.isPresent() && depth < model.zones().size()) {
            depth++;
            parent = model.zone(parent.get()).flatMap(TrustZone::parent);
        }
        return depth;
    }

    private static Bounds union(Bounds a, Bounds b) {
        if (a == null) {
            return b;
        }
        double x = Math.min(a.x(), b.x());
        double y = Math.min(a.y(), b.y());
        return new Bounds(x, y, Math.max(a.maxX(), b.maxX()) - x, Math.max(a.maxY(), b.maxY()) - y);
    }
}
