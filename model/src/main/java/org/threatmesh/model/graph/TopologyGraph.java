package org.threatmesh.model.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.DirectedMultigraph;
import org.threatmesh.model.Edge;
import org.threatmesh.model.EdgeId;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeId;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.TrustZone;
import org.threatmesh.model.ZoneId;
import org.threatmesh.model.ZoneKind;

/**
 * A read-only graph view of one model snapshot, for path, reachability and zone queries. Vertices are
 * {@link NodeId}s and edges are {@link EdgeId}s, following JGraphT's advice to use key values as graph elements;
 * attributes stay in the model.
 *
 * <p>The JGraphT graph is built on first use of a query that needs it ({@link #jgrapht}, the edge and neighbour
 * queries, {@link #reachableFrom}, {@link #source}, {@link #target}); the zone queries never need it. A full
 * analysis of a fresh snapshot asks only zone questions here (it answers call questions from its own indexes), and
 * building the graph of a 20,000-call model was a tenth of its time, spent before its parallel phase.
 *
 * <p>Instances are immutable in what they answer and safe to share between threads.
 */
public final class TopologyGraph {

    private final ThreatModel model;
    /** Built on first use, see {@link #calls()}. */
    private volatile Graph<NodeId, EdgeId> graph;
    private final Map<ZoneId, List<ZoneId>> zoneChains = new HashMap<>();
    // Hash indexes: rules ask these questions for every element, and the snapshot's sorted maps cost a tree walk
    // with string comparisons per lookup.
    private final Map<NodeId, List<ZoneId>> nodeZoneChains = new HashMap<>();
    private final Map<ZoneId, TrustZone> zones = new HashMap<>();
    private volatile Map<ZoneId, List<NodeId>> nodesWithin;

    /** Builds the view of {@code model}; use {@link ThreatModel#graph()} to get the cached one. */
    public TopologyGraph(ThreatModel model) {
        this.model = model;
        for (TrustZone zone : model.zones().values()) {
            zones.put(zone.id(), zone);
        }
        for (ZoneId zone : model.zones().keySet()) {
            zoneChains.put(zone, computeChain(zone));
        }
        for (Node node : model.nodes().values()) {
            node.zone().ifPresent(zone -> nodeZoneChains.put(node.id(), zoneChainOf(zone)));
        }
    }

    /** The JGraphT view, for algorithms this class does not wrap. It cannot be modified. */
    public Graph<NodeId, EdgeId> jgrapht() {
        return calls();
    }

    /** The call graph, built by the first thread that needs it; every later call returns the same instance. */
    private Graph<NodeId, EdgeId> calls() {
        Graph<NodeId, EdgeId> built = graph;
        if (built == null) {
            synchronized (this) {
                built = graph;
                if (built == null) {
                    DirectedMultigraph<NodeId, EdgeId> multigraph = new DirectedMultigraph<>(null, null, false);
                    for (NodeId node : model.nodes().keySet()) {
                        multigraph.addVertex(node);
                    }
                    for (Edge edge : model.edges().values()) {
                        multigraph.addEdge(edge.from(), edge.to(), edge.id());
                    }
                    built = new AsUnmodifiableGraph<>(multigraph);
                    graph = built;
                }
            }
        }
        return built;
    }

    public Set<EdgeId> outgoing(NodeId node) {
        return calls().outgoingEdgesOf(node);
    }

    public Set<EdgeId> incoming(NodeId node) {
        return calls().incomingEdgesOf(node);
    }

    public Set<EdgeId> edgesOf(NodeId node) {
        Graph<NodeId, EdgeId> calls = calls();
        return calls.containsVertex(node) ? calls.edgesOf(node) : Set.of();
    }

    /** Nodes this node calls, in id order. */
    public Set<NodeId> successors(NodeId node) {
        Set<NodeId> result = new TreeSet<>();
        Graph<NodeId, EdgeId> calls = calls();
        for (EdgeId edge : calls.outgoingEdgesOf(node)) {
            result.add(calls.getEdgeTarget(edge));
        }
        return result;
    }

    /** Nodes that call this node, in id order. */
    public Set<NodeId> predecessors(NodeId node) {
        Set<NodeId> result = new TreeSet<>();
        Graph<NodeId, EdgeId> calls = calls();
        for (EdgeId edge : calls.incomingEdgesOf(node)) {
            result.add(calls.getEdgeSource(edge));
        }
        return result;
    }

    /**
     * Every node reachable from {@code sources} by following calls, the sources included, in breadth-first order.
     */
    public Set<NodeId> reachableFrom(Set<NodeId> sources) {
        Set<NodeId> seen = new LinkedHashSet<>();
        Deque<NodeId> queue = new ArrayDeque<>();
        for (NodeId source : new TreeSet<>(sources)) {
            if (calls().containsVertex(source) && seen.add(source)) {
                queue.add(source);
            }
        }
        while (!queue.isEmpty()) {
            for (NodeId next : successors(queue.poll())) {
                if (seen.add(next)) {
                    queue.add(next);
                }
            }
        }
        return Collections.unmodifiableSet(seen);
    }

    /** The zones enclosing {@code node}, innermost first; empty when the node is in no zone. */
    public List<ZoneId> zoneChain(NodeId node) {
        return nodeZoneChains.getOrDefault(node, List.of());
    }

    /** {@code zone} followed by its ancestors, innermost first. */
    public List<ZoneId> zoneChainOf(ZoneId zone) {
        return zoneChains.getOrDefault(zone, List.of());
    }

    /** The zone with this id, or {@code null}; constant time. */
    public TrustZone zone(ZoneId id) {
        return zones.get(id);
    }

    /** Whether {@code node} sits inside a zone of {@code kind} at any nesting depth. */
    public boolean isInZoneOfKind(NodeId node, ZoneKind kind) {
        for (ZoneId zone : zoneChain(node)) {
            if (zones.get(zone).kind() == kind) {
                return true;
            }
        }
        return false;
    }

    /** The innermost enclosing zone of {@code kind}, if any. */
    public Optional<TrustZone> enclosingZone(NodeId node, ZoneKind kind) {
        return firstOfKind(zoneChain(node), kind);
    }

    /** The first zone of {@code kind} in {@code chain} (zone ids of this view, innermost first), if any. */
    public Optional<TrustZone> firstOfKind(List<ZoneId> chain, ZoneKind kind) {
        // Indexed: rules ask this for most nodes of every analysis, and an iterator per call was garbage.
        for (int i = 0; i < chain.size(); i++) {
            TrustZone trustZone = zones.get(chain.get(i));
            if (trustZone.kind() == kind) {
                return Optional.of(trustZone);
            }
        }
        return Optional.empty();
    }

    /** Whether a call leaves the innermost zone of its source or enters a different innermost zone. */
    public boolean crossesZones(EdgeId edgeId) {
        Edge edge = model.edges().get(edgeId);
        Optional<ZoneId> from = model.nodes().get(edge.from()).zone();
        Optional<ZoneId> to = model.nodes().get(edge.to()).zone();
        return !from.equals(to);
    }

    /** Nodes whose innermost zone is {@code zone} or one of its descendants, in id order. */
    public List<NodeId> nodesWithin(ZoneId zone) {
        Map<ZoneId, List<NodeId>> index = nodesWithin;
        if (index == null) {
            Map<ZoneId, List<NodeId>> built = new HashMap<>();
            for (Node node : model.nodes().values()) {
                for (ZoneId enclosing : zoneChain(node.id())) {
                    built.computeIfAbsent(enclosing, z -> new ArrayList<>()).add(node.id());
                }
            }
            built.replaceAll((z, nodes) -> List.copyOf(nodes));
            index = built;
            nodesWithin = index;
        }
        return index.getOrDefault(zone, List.of());
    }

    public NodeId source(EdgeId edge) {
        return calls().getEdgeSource(edge);
    }

    public NodeId target(EdgeId edge) {
        return calls().getEdgeTarget(edge);
    }

    private List<ZoneId> computeChain(ZoneId start) {
        List<ZoneId> chain = new ArrayList<>();
        Optional<ZoneId> current = Optional.of(start);
        while (current.isPresent()) {
            chain.add(current.get());
            current = zones.get(current.get()).parent();
        }
        // An immutable list, not a wrapper: rules walk zone chains for most elements, and a wrapped list's
        // iterator is two objects per walk.
        return List.copyOf(chain);
    }
}
