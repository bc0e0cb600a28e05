package org.threatmesh.app.canvas;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.threatmesh.model.Bounds;
import org.threatmesh.model.ElementId;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeId;
import org.threatmesh.model.Point;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.TrustZone;
import org.threatmesh.model.ZoneId;
import org.threatmesh.model.ZoneLayout;

/**
 * Spatial questions about a snapshot's layout: where elements are, which zone a point or rectangle falls in,
 * and what a zone contains. Pure functions, so intents can compute the effect of a gesture on the model that the
 * gesture's command will produce.
 */
public final class DiagramGeometry {

    /** Grid spacing in diagram units; snapping rounds to multiples of it. */
    public static final double GRID = 20;

    private DiagramGeometry() {
    }

    /**
     * Whether going from {@code before} to {@code after} may have moved, resized, added or removed a node or a zone:
     * false when both share their node map, zone map and layout (snapshots share what an edit did not touch), as
     * after an edit of a call's attributes. Calls that were added, removed or reconnected are not covered; the
     * canvas hears of those through its view-model maps. Either argument may be null (no model yet): true.
     */
    public static boolean mayMoveElements(ThreatModel before, ThreatModel after) {
        return before == null || after == null || before.nodes() != after.nodes() || before.zones() != after.zones()
                || before.layout() != after.layout();
    }

    /** The node's box, or a box at the origin when the layout has no entry for it. */
    public static Bounds nodeBounds(ThreatModel model, NodeId id) {
        Point p = model.layout().node(id).orElse(new Point(0, 0));
        return new Bounds(p.x(), p.y(), NodeViewModel.WIDTH, NodeViewModel.HEIGHT);
    }

    public static Optional<Bounds> zoneBounds(ThreatModel model, ZoneId id) {
        return model.layout().zone(id).map(ZoneLayout::bounds);
    }

    /** The rectangle an element occupies; edges have none. */
    public static Optional<Bounds> boundsOf(ThreatModel model, ElementId id) {
        if (id instanceof NodeId node && model.nodes().containsKey(node)) {
            return Optional.of(nodeBounds(model, node));
        }
        if (id instanceof ZoneId zone) {
            return zoneBounds(model, zone);
        }
        return Optional.empty();
    }

    /** The smallest rectangle around the given elements' rectangles, or empty when none has one. */
    public static Optional<Bounds> union(ThreatModel model, Collection<? extends ElementId> ids) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (ElementId id : ids) {
            Optional<Bounds> b = boundsOf(model, id);
            if (b.isPresent()) {
                minX = Math.min(minX, b.get().x());
                minY = Math.min(minY, b.get().y());
                maxX = Math.max(maxX, b.get().maxX());
                maxY = Math.max(maxY, b.get().maxY());
            }
        }
        return minX == Double.POSITIVE_INFINITY ? Optional.empty()
                : Optional.of(new Bounds(minX, minY, maxX - minX, maxY - minY));
    }

    /** The rectangle around every node and zone of the model. */
    public static Optional<Bounds> contentBounds(ThreatModel model) {
        List<ElementId> all = new java.util.ArrayList<>(model.nodes().keySet());
        all.addAll(model.zones().keySet());
        return union(model, all);
    }

    /** The node's centre, where it is considered to be for zone membership. */
    public static Point center(Bounds b) {
        return new Point(b.x() + b.width() / 2, b.y() + b.height() / 2);
    }

    /** Whether {@code inner} lies entirely within {@code outer}. */
    public static boolean encloses(Bounds outer, Bounds inner) {
        return inner.x() >= outer.x() && inner.y() >= outer.y() && inner.maxX() <= outer.maxX()
                && inner.maxY() <= outer.maxY();
    }

    /** Whether the two rectangles overlap or touch. */
    public static boolean intersects(Bounds a, Bounds b) {
        return a.x() <= b.maxX() && b.x() <= a.maxX() && a.y() <= b.maxY() && b.y() <= a.maxY();
    }

    /**
     * The innermost zone (smallest area, then deepest) whose rectangle contains {@code point}, ignoring zones in
     * {@code excluded}.
     */
    public static Optional<ZoneId> zoneAt(ThreatModel model, Point point, Set<ZoneId> excluded) {
        return model.layout().zones().entrySet().stream()
                .filter(e -> !excluded.contains(e.getKey()) && model.zones().containsKey(e.getKey()))
                .filter(e -> e.getValue().bounds().contains(point))
                .min(Comparator.<java.util.Map.Entry<ZoneId, ZoneLayout>>comparingDouble(
                        e -> e.getValue().bounds().width() * e.getValue().bounds().height())
                        .thenComparing(e -> -depth(model, e.getKey())))
                .map(java.util.Map.Entry::getKey);
    }

    /** The innermost zone that fully encloses {@code bounds}, ignoring zones in {@code excluded}. */
    public static Optional<ZoneId> zoneEnclosing(ThreatModel model, Bounds bounds, Set<ZoneId> excluded) {
        return model.layout().zones().entrySet().stream()
                .filter(e -> !excluded.contains(e.getKey()) && model.zones().containsKey(e.getKey()))
                .filter(e -> encloses(e.getValue().bounds(), bounds))
                .min(Comparator.<java.util.Map.Entry<ZoneId, ZoneLayout>>comparingDouble(
                        e -> e.getValue().bounds().width() * e.getValue().bounds().height())
                        .thenComparing(e -> -depth(model, e.getKey())))
                .map(java.util.Map.Entry::getKey);
    }

    /** How many zones enclose {@code zone}. */
    public static int depth(ThreatModel model, ZoneId zone) {
        int depth = 0;
        Optional<ZoneId> parent = model.zone(zone).flatMap(TrustZone::parent);
        while (parent.isPresent() && depth < model.zones().size()) {
            depth++;
            parent = model.zone(parent.get()).flatMap(TrustZone::parent);
        }
        return depth;
    }

    /** The zone and every zone nested in it, at any depth. */
    public static Set<ZoneId> zoneAndDescendants(ThreatModel model, ZoneId root) {
        Set<ZoneId> result = new HashSet<>();
        result.add(root);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (TrustZone zone : model.zones().values()) {
                if (zone.parent().filter(result::contains).isPresent() && result.add(zone.id())) {
                    grew = true;
                }
            }
        }
        return result;
    }

    /** Nodes whose zone is one of {@code zones}. */
    public static Set<NodeId> nodesIn(ThreatModel model, Set<ZoneId> zones) {
        Set<NodeId> result = new HashSet<>();
        for (Node node : model.nodes().values()) {
            if (node.zone().filter(zones::contains).isPresent()) {
                result.add(node.id());
            }
        }
        return result;
    }

    /** Rounds {@code value} to the nearest grid line. */
    public static double snap(double value) {
        return Math.round(value / GRID) * GRID;
    }
}
