package org.threatmesh.model;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The checks every snapshot satisfies: references resolve, zones nest without cycles, layout names only elements. */
final class ModelInvariants {

    private ModelInvariants() {
    }

    static void checkReferences(Map<ZoneId, TrustZone> zones, Map<NodeId, Node> nodes,
            Map<EdgeId, Edge> edges) {
        for (TrustZone zone : zones.values()) {
            zone.parent().ifPresent(parent -> requireZone(zones, parent, "zone '" + zone.id() + "'"));
            checkNoCycle(zones, zone.id());
        }
        for (Node node : nodes.values()) {
            node.zone().ifPresent(zone -> requireZone(zones, zone, "node '" + node.id() + "'"));
        }
        for (Edge edge : edges.values()) {
            requireNode(nodes, edge.from(), "edge '" + edge.id() + "'");
            requireNode(nodes, edge.to(), "edge '" + edge.id() + "'");
        }
    }

    static void requireZone(Map<ZoneId, TrustZone> zones, ZoneId zone, String owner) {
        if (!zones.containsKey(zone)) {
            throw new IllegalArgumentException(owner + " refers to unknown zone '" + zone + "'");
        }
    }

    static void requireNode(Map<NodeId, Node> nodes, NodeId node, String owner) {
        if (!nodes.containsKey(node)) {
            throw new IllegalArgumentException(owner + " refers to unknown node '" + node + "'");
        }
    }

    static void checkNoCycle(Map<ZoneId, TrustZone> zones, ZoneId start) {
        Set<ZoneId> seen = new HashSet<>();
        Optional<ZoneId> current = Optional.of(start);
        while (current.isPresent()) {
            if (!seen.add(current.get())) {
                throw new IllegalArgumentException("zone '" + start + "' is nested inside itself");
            }
            TrustZone zone = zones.get(current.get());
            current = zone == null ? Optional.empty() : zone.parent();
        }
    }

    static Layout pruneLayout(Layout layout, Map<NodeId, Node> nodes, Map<ZoneId, TrustZone> zones) {
        Layout pruned = layout;
        for (NodeId id : layout.nodes().keySet()) {
            if (!nodes.containsKey(id)) {
                pruned = pruned.without(id);
            }
        }
        for (ZoneId id : layout.zones().keySet()) {
            if (!zones.containsKey(id)) {
                pruned = pruned.without(id);
            }
        }
        return pruned;
    }
}
