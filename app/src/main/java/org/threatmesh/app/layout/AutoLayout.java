package org.threatmesh.app.layout;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.threatmesh.app.canvas.NodeViewModel;
import org.threatmesh.model.Bounds;
import org.threatmesh.model.Edge;
import org.threatmesh.model.ElementId;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeId;
import org.threatmesh.model.Point;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.TrustZone;
import org.threatmesh.model.ZoneId;
import org.threatmesh.model.edit.MoveElementsCommand;

/**
 * Automatic layout with the Eclipse Layout Kernel's layered algorithm (calls flow left to right), with trust
 * zones as compound nodes so their members stay inside them and zones nest. The result is one
 * {@link MoveElementsCommand}, so a layout is one undo step.
 *
 * <p>Only the elements in scope move: everything ("Re-layout all"), or just the selection or the elements the
 * file gave no position, in which case the laid-out group keeps its place and the rest of the manual drawing is
 * untouched. Pure and thread-safe: run it off the UI thread for large models.
 */
public final class AutoLayout {

    private static final double ZONE_PADDING_TOP = 44;
    private static final double ZONE_PADDING = 24;

    private AutoLayout() {
    }

    /**
     * Lays out the elements in {@code scope} (nodes and zones; a zone brings nothing by itself: list its members).
     *
     * @return the move, or empty when the scope holds no node or zone
     */
    public static Optional<MoveElementsCommand> layout(ThreatModel model, Set<? extends ElementId> scope,
            String description) {
        ElkNode root = ElkGraphUtil.createGraph();
        configure(root);
        root.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.INCLUDE_CHILDREN);
        Map<ZoneId, ElkNode> zones = new LinkedHashMap<>();
        for (TrustZone zone : model.zones().values()) {
            if (scope.contains(zone.id())) {
                zoneNode(model, zone.id(), scope, root, zones);
            }
        }
        Map<NodeId, ElkNode> nodes = new LinkedHashMap<>();
        for (Node node : model.nodes().values()) {
            if (scope.contains(node.id())) {
                ElkNode parent = node.zone().map(zones::get).orElse(root);
                ElkNode elk = ElkGraphUtil.createNode(parent == null ? root : parent);
                elk.setDimensions(NodeViewModel.WIDTH, NodeViewModel.HEIGHT);
                nodes.put(node.id(), elk);
            }
        }
        if (nodes.isEmpty() && zones.isEmpty()) {
            return Optional.empty();
        }
        for (Edge edge : model.edges().values()) {
            ElkNode from = nodes.get(edge.from());
            ElkNode to = nodes.get(edge.to());
            if (from != null && to != null) {
                ElkEdge elkEdge = ElkGraphUtil.createSimpleEdge(from, to);
                ElkGraphUtil.updateContainment(elkEdge);
            }
        }
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());

        Point anchor = anchor(model, scope);
        // ELK pads the root graph; shift so the group's top-left lands exactly on the anchor.
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        for (ElkNode elk : nodes.values()) {
            minX = Math.min(minX, absolute(elk, root)[0]);
            minY = Math.min(minY, absolute(elk, root)[1]);
        }
        for (ElkNode elk : zones.values()) {
            minX = Math.min(minX, absolute(elk, root)[0]);
            minY = Math.min(minY, absolute(elk, root)[1]);
        }
        Point origin = new Point(anchor.x() - minX, anchor.y() - minY);
        Map<NodeId, Point> nodePositions = new HashMap<>();
        nodes.forEach((id, elk) -> {
            double[] abs = absolute(elk, root);
            nodePositions.put(id, new Point(Math.round(origin.x() + abs[0]), Math.round(origin.y() + abs[1])));
        });
        Map<ZoneId, Bounds> zoneBounds = new HashMap<>();
        zones.forEach((id, elk) -> {
            double[] abs = absolute(elk, root);
            zoneBounds.put(id, new Bounds(Math.round(origin.x() + abs[0]), Math.round(origin.y() + abs[1]),
                    Math.round(elk.getWidth()), Math.round(elk.getHeight())));
        });
        return Optional.of(new MoveElementsCommand(nodePositions, zoneBounds, description, ""));
    }

    /**
     * A copy of {@code model} in which elements without a layout entry are placed by the layout (used when a file
     * or a generated model comes without positions). Returns {@code model} itself when everything is placed.
     */
    public static ThreatModel placeUnplaced(ThreatModel model) {
        Set<ElementId> unplaced = new java.util.HashSet<>();
        model.nodes().keySet().stream().filter(id -> model.layout().node(id).isEmpty()).forEach(unplaced::add);
        model.zones().keySet().stream().filter(id -> model.layout().zone(id).isEmpty()).forEach(unplaced::add);
        if (unplaced.isEmpty()) {
            return model;
        }
        return layout(model, unplaced, "Auto-layout").map(c -> c.apply(model)).orElse(model);
    }

    private static void configure(ElkNode graph) {
        graph.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        graph.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        graph.setProperty(LayeredOptions.SPACING_NODE_NODE, 40.0);
        graph.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 90.0);
        graph.setProperty(LayeredOptions.SPACING_EDGE_NODE, 20.0);
    }

    private static ElkNode zoneNode(ThreatModel model, ZoneId id, Set<? extends ElementId> scope, ElkNode root,
            Map<ZoneId, ElkNode> zones) {
        ElkNode existing = zones.get(id);
        if (existing != null) {
            return existing;
        }
        Optional<ZoneId> parent = model.zones().get(id).parent().filter(scope::contains);
        ElkNode container = parent.map(p -> zoneNode(model, p, scope, root, zones)).orElse(root);
        ElkNode elk = ElkGraphUtil.createNode(container);
        configure(elk);
        elk.setProperty(CoreOptions.PADDING, new ElkPadding(ZONE_PADDING_TOP, ZONE_PADDING, ZONE_PADDING,
                ZONE_PADDING));
        elk.setDimensions(240, 160);
        zones.put(id, elk);
        return elk;
    }

    /** Where the laid-out group goes: where the scope's placed elements were, or below the rest of the drawing. */
    private static Point anchor(ThreatModel model, Set<? extends ElementId> scope) {
        Optional<Bounds> placed = org.threatmesh.app.canvas.DiagramGeometry.union(model, scope.stream()
                .filter(id -> id instanceof NodeId n ? model.layout().node(n).isPresent()
                        : id instanceof ZoneId z && model.layout().zone(z).isPresent()).toList());
        if (placed.isPresent()) {
            return new Point(placed.get().x(), placed.get().y());
        }
        Set<ElementId> others = new java.util.HashSet<>(model.nodes().keySet());
        others.addAll(model.zones().keySet());
        others.removeAll(scope);
        return org.threatmesh.app.canvas.DiagramGeometry.union(model, others)
                .map(b -> new Point(b.x(), b.maxY() + 80)).orElse(new Point(40, 40));
    }

    private static double[] absolute(ElkNode node, ElkNode root) {
        double x = node.getX();
        double y = node.getY();
        for (ElkNode parent = node.getParent(); parent != null && parent != root; parent = parent.getParent()) {
            x += parent.getX();
            y += parent.getY();
        }
        return new double[] {x, y};
    }
}
