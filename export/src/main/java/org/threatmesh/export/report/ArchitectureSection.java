package org.threatmesh.export.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.threatmesh.model.Bounds;
import org.threatmesh.model.Edge;
import org.threatmesh.model.ElementId;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.Point;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.TrustZone;
import org.threatmesh.model.ZoneId;
import org.threatmesh.rules.Finding;
import org.threatmesh.rules.FindingKind;

/**
 * The architecture diagram: the whole model on one page, or, for large models, a zone-level overview plus one page
 * per zone that holds nodes directly. Node boxes and call arrows carry the worst open violation on them.
 */
final class ArchitectureSection {

    private static final double MARGIN = 24;

    private ArchitectureSection() {
    }

    static Section build(ReportContext context) {
        ThreatModel model = context.model();
        DiagramLayout layout = new DiagramLayout(model);
        List<Block> blocks = new ArrayList<>();
        if (model.nodes().isEmpty()) {
            blocks.add(Block.Paragraph.body("The model has no components yet, so there is nothing to draw."));
            return new Section(Section.ARCHITECTURE, "Architecture", blocks);
        }
        boolean split = model.nodes().size() > context.options().maxNodesOnOneDiagram();
        if (!split) {
            blocks.add(new Block.Diagram(view(context, layout, "Components, trust zones and calls",
                    "diagram:overview", node -> true, List.copyOf(model.zones().keySet()), "")));
        } else {
            blocks.add(new Block.Diagram(ZoneOverview.build(context, layout)));
            for (TrustZone zone : model.zones().values()) {
                addZonePage(context, layout, blocks, Optional.of(zone));
            }
            addZonePage(context, layout, blocks, Optional.empty());
        }
        return new Section(Section.ARCHITECTURE, "Architecture", blocks);
    }

    private static void addZonePage(ReportContext context, DiagramLayout layout, List<Block> blocks,
            Optional<TrustZone> zone) {
        ThreatModel model = context.model();
        Optional<ZoneId> zoneId = zone.map(TrustZone::id);
        Predicate<Node> member = node -> node.zone().equals(zoneId);
        if (model.nodes().values().stream().noneMatch(member)) {
            return;
        }
        long leaving = model.edges().values().stream().filter(edge -> member.test(model.nodes().get(edge.from()))
                != member.test(model.nodes().get(edge.to()))).count();
        String note = leaving == 0 ? "" : Wording.count((int) leaving, "call crosses", "calls cross")
                + " this zone's boundary; the overview shows where "
                + (leaving == 1 ? "it goes." : "they go.");
        String title = zone.map(z -> "Zone " + z.name() + " (" + z.kind().displayName() + ")")
                .orElse("Components outside any zone");
        blocks.add(new Block.Diagram(view(context, layout, title,
                "diagram:zone:" + zoneId.map(ZoneId::value).orElse("-"), member,
                zoneId.map(List::of).orElse(List.of()), note)));
    }

    private static DiagramView view(ReportContext context, DiagramLayout layout, String title, String anchor,
            Predicate<Node> shown, List<ZoneId> zoneIds, String note) {
        ThreatModel model = context.model();
        List<Node> nodes = model.nodes().values().stream().filter(shown).toList();
        Set<String> shownIds = new HashSet<>();
        nodes.forEach(n -> shownIds.add(n.id().value()));
        List<Bounds> zoneBounds = new ArrayList<>();
        List<TrustZone> zones = zoneIds.stream().map(model.zones()::get)
                .filter(z -> layout.zone(z.id()).isPresent())
                .sorted(Comparator.comparingInt((TrustZone z) -> DiagramLayout.depth(model, z.id()))
                        .thenComparing(TrustZone::id))
                .toList();
        zones.forEach(z -> zoneBounds.add(layout.zone(z.id()).orElseThrow()));
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (Node node : nodes) {
            Point p = layout.node(node.id());
            minX = Math.min(minX, p.x());
            minY = Math.min(minY, p.y());
            maxX = Math.max(maxX, p.x() + DiagramLayout.NODE_WIDTH);
            maxY = Math.max(maxY, p.y() + DiagramLayout.NODE_HEIGHT);
        }
        for (Bounds b : zoneBounds) {
            minX = Math.min(minX, b.x());
            minY = Math.min(minY, b.y());
            maxX = Math.max(maxX, b.maxX());
            maxY = Math.max(maxY, b.maxY());
        }
        double dx = MARGIN - minX;
        double dy = MARGIN - minY;
        Map<ElementId, List<Finding>> findings = context.byElement();
        List<DiagramView.Zone> zoneViews = new ArrayList<>();
        for (TrustZone zone : zones) {
            Bounds b = layout.zone(zone.id()).orElseThrow();
            zoneViews.add(new DiagramView.Zone(zone.id().value(), zone.name(), zone.kind().displayName(),
                    b.x() + dx, b.y() + dy, b.width(), b.height(), DiagramLayout.depth(model, zone.id()),
                    model.layout().zone(zone.id()).flatMap(z -> z.color())));
        }
        List<DiagramView.Node> nodeViews = new ArrayList<>();
        for (Node node : nodes) {
            Point p = layout.node(node.id());
            List<Finding> on = findings.getOrDefault(node.id(), List.of());
            nodeViews.add(new DiagramView.Node(node.id().value(), node.name(), node.kind().wireName(),
                    shortLabel(node.kind()), p.x() + dx, p.y() + dy, DiagramLayout.NODE_WIDTH,
                    DiagramLayout.NODE_HEIGHT, worst(on), (int) on.stream().filter(Finding::isOpen).count()));
        }
        List<DiagramView.Edge> edgeViews = new ArrayList<>();
        for (Edge edge : model.edges().values()) {
            if (shownIds.contains(edge.from().value()) && shownIds.contains(edge.to().value())) {
                List<Finding> on = findings.getOrDefault(edge.id(), List.of());
                edgeViews.add(new DiagramView.Edge(edge.id().value(), edge.from().value(), edge.to().value(),
                        edge.name(), worst(on), (int) on.stream().filter(Finding::isOpen).count()));
            }
        }
        return new DiagramView(title, anchor, maxX - minX + 2 * MARGIN, maxY - minY + 2 * MARGIN, zoneViews,
                nodeViews, edgeViews, note);
    }

    /** The worst open violation's tone, or neutral. */
    static Tone worst(List<Finding> findings) {
        return findings.stream().filter(f -> f.isOpen() && f.kind() == FindingKind.VIOLATION)
                .map(Finding::severity).max(Comparator.naturalOrder()).map(Tone::of).orElse(Tone.NEUTRAL);
    }

    /** Up to four letters that name a kind inside its box when no icon is available. */
    static String shortLabel(NodeKind kind) {
        return switch (kind) {
            case EXTERNAL_CLIENT -> "CLNT";
            case API_GATEWAY -> "APIGW";
            case INGRESS_GATEWAY -> "INGR";
            case EGRESS_GATEWAY -> "EGR";
            case SERVICE -> "SVC";
            case SERVICE_REGISTRY -> "REG";
            case MESH_CONTROL_PLANE -> "MESH";
            case IDENTITY_PROVIDER -> "IDP";
            case AUTHZ_SERVER -> "AUTHZ";
            case TOKEN_SERVICE -> "STS";
            case DATASTORE -> "DB";
            case SESSION_STORE -> "SESS";
            case MESSAGE_BROKER -> "MQ";
            case LOAD_BALANCER -> "LB";
            case DNS_RESOLVER -> "DNS";
            case MONITORING -> "MON";
            case WAF_BOT_MANAGER -> "WAF";
            case SECRET_STORE -> "KMS";
            case EXTERNAL_SERVICE -> "EXT";
        };
    }
}
