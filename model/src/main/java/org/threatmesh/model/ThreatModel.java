package org.threatmesh.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import org.pcollections.PSortedMap;
import org.pcollections.TreePMap;
import org.threatmesh.model.attr.AttributeKey;
import org.threatmesh.model.attr.Attributes;
import org.threatmesh.model.attr.Fact;
import org.threatmesh.model.graph.TopologyGraph;

/**
 * An immutable snapshot of a system's topology: nodes, calls between them, nested trust zones, model-wide
 * attributes, triage decisions and the diagram layout.
 *
 * <p>Every snapshot satisfies the model's invariants: ids are unique per element type, every edge joins two
 * existing nodes, every zone reference points at an existing zone, and zone nesting has no cycles. The
 * {@code with…}/{@code without…} methods return a new snapshot and throw {@link IllegalArgumentException} rather
 * than break an invariant. Collections share structure between snapshots, so an edit costs O(log n) and an undo
 * history of snapshots stays small.
 *
 * <p>Instances are safe to share between threads; the graph view is built lazily on first use.
 */
public final class ThreatModel {

    private final ModelInfo info;
    private final Attributes attributes;
    private final PSortedMap<NodeId, Node> nodes;
    private final PSortedMap<EdgeId, Edge> edges;
    private final PSortedMap<ZoneId, TrustZone> zones;
    private final PSortedMap<String, TriageDecision> triage;
    private final Layout layout;
    private volatile TopologyGraph graph;
    private final Lineage lineage;

    private ThreatModel(ModelInfo info, Attributes attributes, PSortedMap<NodeId, Node> nodes,
            PSortedMap<EdgeId, Edge> edges, PSortedMap<ZoneId, TrustZone> zones,
            PSortedMap<String, TriageDecision> triage, Layout layout) {
        this(info, attributes, nodes, edges, zones, triage, layout, Lineage.fresh());
    }

    private ThreatModel(ModelInfo info, Attributes attributes, PSortedMap<NodeId, Node> nodes,
            PSortedMap<EdgeId, Edge> edges, PSortedMap<ZoneId, TrustZone> zones,
            PSortedMap<String, TriageDecision> triage, Layout layout, Lineage lineage) {
        this.lineage = lineage;
        this.info = Objects.requireNonNull(info);
        this.attributes = Objects.requireNonNull(attributes);
        this.nodes = nodes;
        this.edges = edges;
        this.zones = zones;
        this.triage = triage;
        this.layout = ModelInvariants.pruneLayout(Objects.requireNonNull(layout), nodes, zones);
    }

    /** An empty model named {@code name}. */
    public static ThreatModel empty(String name) {
        return new ThreatModel(ModelInfo.named(name), Attributes.empty(), TreePMap.empty(), TreePMap.empty(),
                TreePMap.empty(), TreePMap.empty(), Layout.empty());
    }

    /**
     * Builds a model from complete element lists and checks every invariant at once.
     *
     * @throws IllegalArgumentException naming the first element that breaks an invariant
     */
    public static ThreatModel of(ModelInfo info, Attributes attributes, List<TrustZone> zones, List<Node> nodes,
            List<Edge> edges, List<TriageDecision> triage, Layout layout) {
        TreePMap<ZoneId, TrustZone> zoneMap = TreePMap.empty();
        for (TrustZone zone : zones) {
            if (zoneMap.containsKey(zone.id())) {
                throw new IllegalArgumentException("duplicate zone id '" + zone.id() + "'");
            }
            zoneMap = zoneMap.plus(zone.id(), zone);
        }
        TreePMap<NodeId, Node> nodeMap = TreePMap.empty();
        for (Node node : nodes) {
            if (nodeMap.containsKey(node.id())) {
                throw new IllegalArgumentException("duplicate node id '" + node.id() + "'");
            }
            nodeMap = nodeMap.plus(node.id(), node);
        }
        TreePMap<EdgeId, Edge> edgeMap = TreePMap.empty();
        for (Edge edge : edges) {
            if (edgeMap.containsKey(edge.id())) {
                throw new IllegalArgumentException("duplicate edge id '" + edge.id() + "'");
            }
            edgeMap = edgeMap.plus(edge.id(), edge);
        }
        TreePMap<String, TriageDecision> triageMap = TreePMap.empty();
        for (TriageDecision decision : triage) {
            if (triageMap.containsKey(decision.findingKey())) {
                throw new IllegalArgumentException("duplicate triage decision for '" + decision.findingKey() + "'");
            }
            triageMap = triageMap.plus(decision.findingKey(), decision);
        }
        ModelInvariants.checkReferences(zoneMap, nodeMap, edgeMap);
        return new ThreatModel(info, attributes, nodeMap, edgeMap, zoneMap, triageMap, layout);
    }

    public ModelInfo info() {
        return info;
    }

    /** Model-wide attributes (see {@code ModelAttributes}). */
    public Attributes attributes() {
        return attributes;
    }

    public <T> Fact<T> get(AttributeKey<T> key) {
        return attributes.get(key);
    }

    /** Nodes by id, in id order. */
    public SortedMap<NodeId, Node> nodes() {
        return nodes;
    }

    /** Edges by id, in id order. */
    public SortedMap<EdgeId, Edge> edges() {
        return edges;
    }

    /** Zones by id, in id order. */
    public SortedMap<ZoneId, TrustZone> zones() {
        return zones;
    }

    /** Triage decisions by finding key, in key order. */
    public SortedMap<String, TriageDecision> triage() {
        return triage;
    }

    public Layout layout() {
        return layout;
    }

    public Optional<Node> node(NodeId id) {
        return Optional.ofNullable(nodes.get(id));
    }

    public Optional<Edge> edge(EdgeId id) {
        return Optional.ofNullable(edges.get(id));
    }

    public Optional<TrustZone> zone(ZoneId id) {
        return Optional.ofNullable(zones.get(id));
    }

    /** Whether an element with this id exists. */
    public boolean contains(ElementId id) {
        return switch (id.type()) {
            case NODE -> nodes.containsKey((NodeId) id);
            case EDGE -> edges.containsKey((EdgeId) id);
            case ZONE -> zones.containsKey((ZoneId) id);
            case MODEL -> true;
        };
    }

    /** The display name of an element, or its id when it has none. */
    public String nameOf(ElementId id) {
        return switch (id.type()) {
            case NODE -> node((NodeId) id).map(Node::name).orElse(id.value());
            case EDGE -> edge((EdgeId) id).map(edge -> edge.name().isEmpty()
                    ? nameOf(edge.from()) + " → " + nameOf(edge.to()) : edge.name()).orElse(id.value());
            case ZONE -> zone((ZoneId) id).map(TrustZone::name).orElse(id.value());
            case MODEL -> info.name();
        };
    }

    /** The read-only graph view of this snapshot, built on first use. */
    public TopologyGraph graph() {
        TopologyGraph result = graph;
        if (result == null) {
            synchronized (this) {
                result = graph;
                if (result == null) {
                    result = new TopologyGraph(this);
                    graph = result;
                }
            }
        }
        return result;
    }

    public ThreatModel withInfo(ModelInfo newInfo) {
        return newInfo.equals(info) ? this
                : copy(newInfo, attributes, nodes, edges, zones, triage, layout, lineage.touch(ModelId.MODEL));
    }

    public ThreatModel withAttributes(Attributes newAttributes) {
        return newAttributes.equals(attributes) ? this
                : copy(info, newAttributes, nodes, edges, zones, triage, layout, lineage.touch(ModelId.MODEL));
    }

    /** Adds or replaces a node; its zone must exist. */
    public ThreatModel withNode(Node node) {
        node.zone().ifPresent(zone -> ModelInvariants.requireZone(zones, zone, "node '" + node.id() + "'"));
        if (node.equals(nodes.get(node.id()))) {
            return this;
        }
        return copy(info, attributes, nodes.plus(node.id(), node), edges, zones, triage, layout,
                lineage.touch(node.id()));
    }

    /** Removes a node that no edge touches. */
    public ThreatModel withoutNode(NodeId id) {
        if (!nodes.containsKey(id)) {
            return this;
        }
        for (Edge edge : edges.values()) {
            if (edge.touches(id)) {
                throw new IllegalArgumentException("node '" + id + "' still has call '" + edge.id() + "'");
            }
        }
        return copy(info, attributes, nodes.minus(id), edges, zones, triage, layout.without(id), lineage.touch(id));
    }

    /** Adds or replaces an edge; both endpoints must exist. */
    public ThreatModel withEdge(Edge edge) {
        ModelInvariants.requireNode(nodes, edge.from(), "edge '" + edge.id() + "'");
        ModelInvariants.requireNode(nodes, edge.to(), "edge '" + edge.id() + "'");
        if (edge.equals(edges.get(edge.id()))) {
            return this;
        }
        return copy(info, attributes, nodes, edges.plus(edge.id(), edge), zones, triage, layout,
                lineage.touch(edge.id()));
    }

    public ThreatModel withoutEdge(EdgeId id) {
        return edges.containsKey(id)
                ? copy(info, attributes, nodes, edges.minus(id), zones, triage, layout, lineage.touch(id)) : this;
    }

    /** Adds or replaces a zone; its parent must exist and the nesting must stay acyclic. */
    public ThreatModel withZone(TrustZone zone) {
        if (zone.equals(zones.get(zone.id()))) {
            return this;
        }
        PSortedMap<ZoneId, TrustZone> newZones = zones.plus(zone.id(), zone);
        zone.parent().ifPresent(parent -> {
            if (!newZones.containsKey(parent)) {
                throw new IllegalArgumentException("zone '" + zone.id() + "' refers to unknown zone '" + parent + "'");
            }
        });
        ModelInvariants.checkNoCycle(newZones, zone.id());
        return copy(info, attributes, nodes, edges, newZones, triage, layout, lineage.touch(zone.id()));
    }

    /** Removes a zone that no node or zone refers to. */
    public ThreatModel withoutZone(ZoneId id) {
        if (!zones.containsKey(id)) {
            return this;
        }
        for (TrustZone zone : zones.values()) {
            if (zone.parent().filter(id::equals).isPresent()) {
                throw new IllegalArgumentException("zone '" + id + "' still contains zone '" + zone.id() + "'");
            }
        }
        for (Node node : nodes.values()) {
            if (node.zone().filter(id::equals).isPresent()) {
                throw new IllegalArgumentException("zone '" + id + "' still contains node '" + node.id() + "'");
            }
        }
        return copy(info, attributes, nodes, edges, zones.minus(id), triage, layout.without(id), lineage.touch(id));
    }

    public ThreatModel withTriage(TriageDecision decision) {
        if (decision.equals(triage.get(decision.findingKey()))) {
            return this;
        }
        return copy(info, attributes, nodes, edges, zones, triage.plus(decision.findingKey(), decision), layout,
                lineage);
    }

    public ThreatModel withoutTriage(String findingKey) {
        return triage.containsKey(findingKey)
                ? copy(info, attributes, nodes, edges, zones, triage.minus(findingKey), layout, lineage) : this;
    }

    public ThreatModel withLayout(Layout newLayout) {
        return newLayout.equals(layout) ? this : copy(info, attributes, nodes, edges, zones, triage, newLayout, lineage);
    }

    /** Edges that start or end at {@code node}, in id order. */
    public List<Edge> edgesTouching(NodeId node) {
        List<Edge> result = new ArrayList<>();
        for (EdgeId id : graph().edgesOf(node)) {
            result.add(edges.get(id));
        }
        result.sort((a, b) -> a.id().compareTo(b.id()));
        return result;
    }

    private ThreatModel copy(ModelInfo newInfo, Attributes newAttributes, PSortedMap<NodeId, Node> newNodes,
            PSortedMap<EdgeId, Edge> newEdges, PSortedMap<ZoneId, TrustZone> newZones,
            PSortedMap<String, TriageDecision> newTriage, Layout newLayout, Lineage newLineage) {
        return new ThreatModel(newInfo, newAttributes, newNodes, newEdges, newZones, newTriage, newLayout,
                newLineage);
    }

    /**
     * A superset of the nodes, edges and zones (and {@link ModelId#MODEL} for model info or attributes) whose values
     * differ between {@code other} and this snapshot, when one was derived from the other, or both from a common
     * snapshot, through this class's single-element edits; empty when that is not known (then compare the maps).
     * Triage and layout changes are not included. Costs time in proportion to the edits, not to the model.
     */
    public Optional<Set<ElementId>> mayDifferFrom(ThreatModel other) {
        return lineage.mayDifferFrom(other.lineage);
    }

    /**
     * Structural equality over everything a file stores, layout included. Snapshots of one lineage compare only
     * the elements either may have changed: the rest are the same objects.
     */
    @Override
    public boolean equals(Object other) {
        if (other == this) {
            return true;
        }
        if (!(other instanceof ThreatModel model) || !model.info.equals(info) || !model.attributes.equals(attributes)
                || !model.triage.equals(triage) || !(model.layout == layout || model.layout.equals(layout))) {
            return false;
        }
        Optional<Set<ElementId>> candidates = mayDifferFrom(model);
        if (candidates.isEmpty()) {
            return model.nodes.equals(nodes) && model.edges.equals(edges) && model.zones.equals(zones);
        }
        if (model.nodes.size() != nodes.size() || model.edges.size() != edges.size()
                || model.zones.size() != zones.size()) {
            return false;
        }
        for (ElementId id : candidates.get()) {
            boolean same = switch (id.type()) {
                case NODE -> Objects.equals(model.nodes.get((NodeId) id), nodes.get((NodeId) id));
                case EDGE -> Objects.equals(model.edges.get((EdgeId) id), edges.get((EdgeId) id));
                case ZONE -> Objects.equals(model.zones.get((ZoneId) id), zones.get((ZoneId) id));
                case MODEL -> true;
            };
            if (!same) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return Objects.hash(info, nodes.size(), edges.size(), zones.size());
    }

    @Override
    public String toString() {
        return "ThreatModel[" + info.name() + ": " + nodes.size() + " nodes, " + edges.size() + " edges, "
                + zones.size() + " zones]";
    }
}
