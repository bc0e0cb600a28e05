package org.threatmesh.model;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import org.pcollections.PSortedMap;
import org.pcollections.TreePMap;

/**
 * Where elements are drawn. Kept apart from the semantics so that moving a box never shows up as an architecture
 * change in a diff, and so rules never depend on it. Entries for elements that no longer exist are dropped by the
 * model; elements without an entry are placed by the editor.
 */
public final class Layout {

    private static final Layout EMPTY = new Layout(TreePMap.empty(), TreePMap.empty());

    private final PSortedMap<NodeId, Point> nodes;
    private final PSortedMap<ZoneId, ZoneLayout> zones;

    private Layout(PSortedMap<NodeId, Point> nodes, PSortedMap<ZoneId, ZoneLayout> zones) {
        this.nodes = nodes;
        this.zones = zones;
    }

    public static Layout empty() {
        return EMPTY;
    }

    public static Layout of(Map<NodeId, Point> nodes, Map<ZoneId, ZoneLayout> zones) {
        return new Layout(TreePMap.from(nodes), TreePMap.from(zones));
    }

    /** Node positions (the node's top-left corner), by id. */
    public SortedMap<NodeId, Point> nodes() {
        return nodes;
    }

    /** Zone rectangles, by id. */
    public SortedMap<ZoneId, ZoneLayout> zones() {
        return zones;
    }

    public Optional<Point> node(NodeId id) {
        return Optional.ofNullable(nodes.get(id));
    }

    public Optional<ZoneLayout> zone(ZoneId id) {
        return Optional.ofNullable(zones.get(id));
    }

    public Layout withNode(NodeId id, Point position) {
        return new Layout(nodes.plus(id, Objects.requireNonNull(position)), zones);
    }

    public Layout withZone(ZoneId id, ZoneLayout zoneLayout) {
        return new Layout(nodes, zones.plus(id, Objects.requireNonNull(zoneLayout)));
    }

    public Layout without(ElementId id) {
        if (id instanceof NodeId node) {
            return nodes.containsKey(node) ? new Layout(nodes.minus(node), zones) : this;
        }
        if (id instanceof ZoneId zone) {
            return zones.containsKey(zone) ? new Layout(nodes, zones.minus(zone)) : this;
        }
        return this;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Layout layout && layout.nodes.equals(nodes) && layout.zones.equals(zones);
    }

    @Override
    public int hashCode() {
        return Objects.hash(nodes, zones);
    }
}
