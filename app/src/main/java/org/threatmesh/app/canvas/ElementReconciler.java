package org.threatmesh.app.canvas;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.collections.ObservableMap;
import org.threatmesh.model.Bounds;
import org.threatmesh.model.Edge;
import org.threatmesh.model.EdgeId;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeId;
import org.threatmesh.model.Point;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.TrustZone;
import org.threatmesh.model.ZoneId;
import org.threatmesh.model.ZoneLayout;

/**
 * Brings the element view-models in line with a new snapshot by id: adds what appeared, updates what changed,
 * removes what disappeared, and leaves everything else alone, so that skins of untouched elements are never
 * rebuilt. Elements the layout does not place yet get a provisional spot below the drawing.
 */
final class ElementReconciler {

    private final ObservableMap<NodeId, NodeViewModel> nodes;
    private final ObservableMap<EdgeId, EdgeViewModel> edges;
    private final ObservableMap<ZoneId, ZoneViewModel> zones;
    private ThreatModel shown;

    ElementReconciler(ObservableMap<NodeId, NodeViewModel> nodes, ObservableMap<EdgeId, EdgeViewModel> edges,
            ObservableMap<ZoneId, ZoneViewModel> zones) {
        this.nodes = nodes;
        this.edges = edges;
        this.zones = zones;
    }

    void reconcile(ThreatModel model) {
        ThreatModel previous = shown;
        shown = model;
        if (previous != null && reconcileEditedOnly(model, previous)) {
            return;
        }
        reconcileZones(model, previous);
        Set<NodeId> replaced = reconcileNodes(model, previous);
        reconcileEdges(model, previous, replaced);
    }

    /**
     * The common case of an attribute or name edit: layout and zones untouched, and the snapshots' lineage names
     * the few elements that may differ, so only those are visited instead of every node and call. Returns false
     * (having changed nothing) when the edit is not of that kind.
     */
    private boolean reconcileEditedOnly(ThreatModel model, ThreatModel previous) {
        if (model.layout() != previous.layout() || model.zones() != previous.zones()) {
            return false;
        }
        java.util.Optional<Set<org.threatmesh.model.ElementId>> candidates = model.mayDifferFrom(previous);
        if (candidates.isEmpty()) {
            return false;
        }
        List<Node> changedNodes = new ArrayList<>();
        List<EdgeId> changedEdges = new ArrayList<>();
        for (org.threatmesh.model.ElementId id : candidates.get()) {
            if (id instanceof NodeId node) {
                Node now = model.nodes().get(node);
                Node before = previous.nodes().get(node);
                if (now == null || before == null || now.kind() != before.kind()) {
                    return false;
                }
                if (now != before) {
                    changedNodes.add(now);
                }
            } else if (id instanceof EdgeId edge) {
                changedEdges.add(edge);
            }
        }
        Set<NodeId> replaced = new HashSet<>();
        for (Node node : changedNodes) {
            Point position = model.layout().nodes().get(node.id());
            if (position == null) {
                return false;
            }
            place(node, position, previous, replaced);
        }
        for (EdgeId id : changedEdges) {
            Edge now = model.edges().get(id);
            Edge before = previous.edges().get(id);
            EdgeViewModel vm = edges.get(id);
            if (now == null) {
                edges.remove(id);
            } else if (vm == null || before == null || !now.from().equals(before.from())
                    || !now.to().equals(before.to())) {
                edges.remove(id);
                edges.put(id, new EdgeViewModel(now, nodes.get(now.from()), nodes.get(now.to())));
            } else if (!now.equals(before)) {
                vm.update(now);
            }
        }
        return true;
    }

    private void reconcileZones(ThreatModel model, ThreatModel previous) {
        zones.keySet().removeIf(id -> !model.zones().containsKey(id));
        for (TrustZone zone : model.zones().values()) {
            ZoneLayout layout = model.layout().zone(zone.id())
                    .orElse(ZoneLayout.of(new Bounds(0, 0, 240, 160)));
            int depth = DiagramGeometry.depth(model, zone.id());
            ZoneViewModel vm = zones.get(zone.id());
            if (vm == null) {
                zones.put(zone.id(), new ZoneViewModel(zone, layout, depth));
            } else if (previous == null || !zone.equals(previous.zones().get(zone.id()))
                    || !layout.equals(previous.layout().zones().get(zone.id()))
                    || depth != vm.depthProperty().get() || !layout.bounds().equals(vm.bounds())) {
                vm.update(zone, layout, depth);
            }
        }
    }

    /** Returns the ids whose view-model object was replaced, whose edges must then be rebuilt too. */
    private Set<NodeId> reconcileNodes(ThreatModel model, ThreatModel previous) {
        Set<NodeId> replaced = new HashSet<>();
        nodes.keySet().removeIf(id -> !model.nodes().containsKey(id));
        List<Node> unplaced = new ArrayList<>();
        for (Node node : model.nodes().values()) {
            Point position = model.layout().nodes().get(node.id());
            if (position == null) {
                unplaced.add(node);
                continue;
            }
            place(node, position, previous, replaced);
        }
        if (!unplaced.isEmpty()) {
            double top = DiagramGeometry.contentBounds(model).map(b -> b.maxY() + 60).orElse(40.0);
            for (int i = 0; i < unplaced.size(); i++) {
                Point provisional = new Point(40 + (i % 8) * 200.0, top + (i / 8) * 100.0);
                place(unplaced.get(i), provisional, previous, replaced);
            }
        }
        return replaced;
    }

    private void place(Node node, Point position, ThreatModel previous, Set<NodeId> replaced) {
        NodeViewModel vm = nodes.get(node.id());
        if (vm != null && vm.kind() != node.kind()) {
            nodes.remove(node.id());
            replaced.add(node.id());
            vm = null;
        }
        if (vm == null) {
            nodes.put(node.id(), new NodeViewModel(node, position));
        } else if (previous == null || !node.equals(previous.nodes().get(node.id()))
                || !position.equals(vm.modelPosition()) || vm.x() != position.x() || vm.y() != position.y()) {
            vm.update(node, position);
        }
    }

    private void reconcileEdges(ThreatModel model, ThreatModel previous, Set<NodeId> replaced) {
        Map<EdgeId, Edge> now = model.edges();
        // One lookup per call: on a model of thousands of calls the sorted-map lookups dominated every edit.
        edges.entrySet().removeIf(entry -> {
            Edge edge = now.get(entry.getKey());
            EdgeViewModel vm = entry.getValue();
            return edge == null || replaced.contains(vm.source().id()) || replaced.contains(vm.target().id())
                    || !vm.source().id().equals(edge.from()) || !vm.target().id().equals(edge.to());
        });
        // Both snapshots list calls in id order: walk them side by side instead of looking each call up.
        java.util.Iterator<Map.Entry<EdgeId, Edge>> before =
                previous == null ? java.util.Collections.emptyIterator() : previous.edges().entrySet().iterator();
        Map.Entry<EdgeId, Edge> prior = before.hasNext() ? before.next() : null;
        for (Map.Entry<EdgeId, Edge> entry : now.entrySet()) {
            Edge edge = entry.getValue();
            while (prior != null && prior.getKey().compareTo(entry.getKey()) < 0) {
                prior = before.hasNext() ? before.next() : null;
            }
            Edge old = prior != null && prior.getKey().equals(entry.getKey()) ? prior.getValue() : null;
            EdgeViewModel vm = edges.get(edge.id());
            if (vm == null) {
                edges.put(edge.id(), new EdgeViewModel(edge, nodes.get(edge.from()), nodes.get(edge.to())));
            } else if (previous == null || old != edge && !edge.equals(old)) {
                vm.update(edge);
            }
        }
    }
}
