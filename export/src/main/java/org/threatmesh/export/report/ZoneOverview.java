package org.threatmesh.export.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.threatmesh.model.Bounds;
import org.threatmesh.model.Edge;
import org.threatmesh.model.ElementId;
import org.threatmesh.model.Node;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.ZoneId;
import org.threatmesh.rules.Finding;

/**
 * The first diagram of a large model: one box per zone that holds components, and one arrow per pair of zones
 * that call each other, carrying the worst open violation and the open findings of those calls. A thousand
 * services drawn one by one on a single page would be a texture, not an overview.
 */
final class ZoneOverview {

    static final String TITLE = "Overview: trust zones and the calls between them";
    private static final String OUTSIDE = "-";
    private static final double MARGIN = 24;
    private static final double BOX_WIDTH = 190;
    private static final double BOX_HEIGHT = 76;

    private ZoneOverview() {
    }

    static DiagramView build(ReportContext context, DiagramLayout layout) {
        ThreatModel model = context.model();
        Map<String, List<Node>> members = new TreeMap<>();
        for (Node node : model.nodes().values()) {
            members.computeIfAbsent(key(node), k -> new ArrayList<>()).add(node);
        }
        List<String> order = new ArrayList<>(members.keySet());
        order.sort(Comparator.comparing((String key) -> position(layout, key).x())
                .thenComparing(key -> position(layout, key).y()).thenComparing(key -> key));
        // Zones on a circle, in the user's left-to-right order: every pair of zones gets its own straight chord.
        int count = order.size();
        double radius = count < 2 ? 0 : Math.max(140, 125 / Math.sin(Math.PI / count));
        Map<ElementId, List<Finding>> findings = context.byElement();
        List<DiagramView.Node> boxes = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            String key = order.get(i);
            List<Finding> on = members.get(key).stream()
                    .flatMap(node -> findings.getOrDefault(node.id(), List.of()).stream()).toList();
            String name = (key.equals(OUTSIDE) ? "Outside any zone" : model.nameOf(new ZoneId(key))) + " · "
                    + Wording.count(members.get(key).size(), "component", "components");
            double angle = Math.PI + 2 * Math.PI * i / Math.max(1, count);
            double x = MARGIN + radius + radius * Math.cos(angle);
            double y = MARGIN + radius + radius * Math.sin(angle);
            boxes.add(new DiagramView.Node(key, name, "trust_zone", "ZONE", x, y, BOX_WIDTH, BOX_HEIGHT,
                    ArchitectureSection.worst(on), (int) on.stream().filter(Finding::isOpen).count()));
        }
        Map<String, List<Edge>> between = new LinkedHashMap<>();
        for (Edge edge : model.edges().values()) {
            String from = key(model.nodes().get(edge.from()));
            String to = key(model.nodes().get(edge.to()));
            if (!from.equals(to)) {
                between.computeIfAbsent(from + "\u0000" + to, k -> new ArrayList<>()).add(edge);
            }
        }
        List<DiagramView.Edge> arrows = new ArrayList<>();
        new TreeMap<>(between).forEach((pair, edges) -> {
            List<Finding> on = edges.stream().flatMap(e -> findings.getOrDefault(e.id(), List.of()).stream()).toList();
            String[] ends = pair.split("\u0000");
            arrows.add(new DiagramView.Edge("zones:" + ends[0] + ">" + ends[1], ends[0], ends[1],
                    Wording.count(edges.size(), "call", "calls"), ArchitectureSection.worst(on),
                    (int) on.stream().filter(Finding::isOpen).count()));
        });
        return new DiagramView(TITLE, "diagram:overview", 2 * MARGIN + 2 * radius + BOX_WIDTH,
                2 * MARGIN + 2 * radius + BOX_HEIGHT, List.of(), boxes, arrows,
                "Boxes are zones; arrows join zones that call each other. Each zone follows on its own page.");
    }

    private static String key(Node node) {
        return node.zone().map(ZoneId::value).orElse(OUTSIDE);
    }

    /** Where the zone sits on the user's diagram, so the overview keeps its reading order. */
    private static org.threatmesh.model.Point position(DiagramLayout layout, String key) {
        Optional<Bounds> bounds = key.equals(OUTSIDE) ? Optional.empty() : layout.zone(new ZoneId(key));
        return bounds.map(b -> new org.threatmesh.model.Point(b.x(), b.y()))
                .orElse(new org.threatmesh.model.Point(Double.MAX_VALUE / 4, Double.MAX_VALUE / 4));
    }
}
