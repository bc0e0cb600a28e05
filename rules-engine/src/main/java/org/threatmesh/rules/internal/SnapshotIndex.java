package org.threatmesh.rules.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.threatmesh.model.Edge;
import org.threatmesh.model.EdgeId;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeId;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.ThreatModel;

/**
 * Hash indexes over one snapshot's nodes and calls: by id, calls into and out of each node (in call id order), and
 * nodes by kind. Rules ask these questions for every element, and the snapshot's sorted maps cost a tree walk with
 * string comparisons per lookup.
 *
 * <p>After an edit that changed only attributes, {@link #successor} gives the next snapshot's index in time
 * proportional to the edit rather than to the model: it keeps the full maps of an earlier snapshot as a base and
 * lays the changed elements over them. Once the overlay grows past a fraction of the model it is folded into a
 * fresh base, so lookups stay at most two hash probes. Thread-safe: built eagerly, immutable afterwards, except for
 * lazily rebuilt kind lists, which are published through a concurrent map.
 *
 * <p>Each call's {@link Ends ends} (its resolved endpoints and whether it comes from the internet) are kept by the
 * call's identity: rules ask for them on nearly every evaluation, and an identity probe is several times cheaper
 * than resolving two node ids by hash.
 */
public final class SnapshotIndex {

    /** A call's resolved endpoints and whether its source is an internet node ({@code ns(e)}). */
    public record Ends(Node source, Node target, boolean northSouth) {
    }

    private static final int MIN_OVERLAY_LIMIT = 256;

    private final ById<Node> baseNodes;
    private final ById<Edge> baseEdges;
    private final Map<NodeId, List<Edge>> baseInto;
    private final Map<NodeId, List<Edge>> baseOutOf;
    private final Map<NodeKind, List<Node>> baseByKind;
    private final Map<NodeId, Node> nodeOverlay;
    private final Map<EdgeId, Edge> edgeOverlay;
    private final Map<NodeId, List<Edge>> intoOverlay;
    private final Map<NodeId, List<Edge>> outOfOverlay;
    /** Kinds whose base list holds a replaced node; their lists are rebuilt on first use. */
    private final Set<NodeKind> staleKinds;
    private final Map<NodeKind, List<Node>> rebuiltKinds = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<Edge, Ends> baseEnds;
    private final Map<Edge, Ends> endsOverlay;
    private final java.util.function.Predicate<Node> internet;
    private final java.util.function.Function<NodeId, List<org.threatmesh.model.ZoneId>> zoneChains;
    /** The base snapshot's nodes' topology facts; a successor's edited nodes are not in it. */
    private final NodeFacts nodeFacts;

    /**
     * Indexes {@code model} from scratch.
     *
     * @param internet   whether a node is an internet node (external client or in an internet zone)
     * @param zoneChains the zones enclosing a node, innermost first
     */
    public static SnapshotIndex of(ThreatModel model, java.util.function.Predicate<Node> internet,
            java.util.function.Function<NodeId, List<org.threatmesh.model.ZoneId>> zoneChains) {
        // The call maps need nothing from the node map, so another thread of the common pool builds them meanwhile
        // (a full analysis builds the index before its elements keep the pool busy); joining runs them here if no
        // thread took them.
        java.util.concurrent.ForkJoinTask<CallMaps> callMaps =
                java.util.concurrent.ForkJoinTask.adapt(() -> CallMaps.of(model)).fork();
        NodeId[] nodeIds = new NodeId[model.nodes().size()];
        Node[] nodeArray = new Node[nodeIds.length];
        Map<NodeKind, List<Node>> byKind = new EnumMap<>(NodeKind.class);
        for (NodeKind kind : NodeKind.values()) {
            byKind.put(kind, new ArrayList<>());
        }
        int n = 0;
        for (Node node : model.nodes().values()) {
            nodeIds[n] = node.id();
            nodeArray[n++] = node;
            byKind.get(node.kind()).add(node);
        }
        ById<Node> nodes = ById.of(nodeIds, nodeArray);
        byKind.replaceAll((kind, list) -> List.copyOf(list));
        // Sized for the calls it will hold (the map sizes its own table from that): asking for twice as many gave
        // a 20,000-call model a half-megabyte table, which G1 allocates as a humongous object and answers with an
        // extra concurrent cycle per analysis.
        Map<Edge, Ends> ends = new java.util.IdentityHashMap<>(model.edges().size());
        for (Edge edge : model.edges().values()) {
            ends.put(edge, ends(edge, nodes::get, internet));
        }
        NodeFacts facts = NodeFacts.of(nodeArray, internet, zoneChains, ends.values());
        CallMaps calls = callMaps.join();
        return new SnapshotIndex(nodes, calls.edges(), calls.into(), calls.outOf(), byKind, Map.of(), Map.of(),
                Map.of(), Map.of(), EnumSet.noneOf(NodeKind.class), ends, Map.of(), internet, zoneChains, facts);
    }

    /** The calls by id, and the calls into and out of each node in call id order. */
    private record CallMaps(ById<Edge> edges, Map<NodeId, List<Edge>> into, Map<NodeId, List<Edge>> outOf) {

        static CallMaps of(ThreatModel model) {
            EdgeId[] edgeIds = new EdgeId[model.edges().size()];
            Edge[] edgeArray = new Edge[edgeIds.length];
            Map<NodeId, List<Edge>> into = new HashMap<>();
            Map<NodeId, List<Edge>> outOf = new HashMap<>();
            // The snapshot iterates calls in id order, so each list comes out sorted.
            int e = 0;
            for (Edge edge : model.edges().values()) {
                edgeIds[e] = edge.id();
                edgeArray[e++] = edge;
                into.computeIfAbsent(edge.to(), n -> new ArrayList<>(4)).add(edge);
                outOf.computeIfAbsent(edge.from(), n -> new ArrayList<>(4)).add(edge);
            }
            // Immutable lists rather than wrapped ones: rules iterate these for most elements, and a wrapped
            // list's iterator is two objects per loop (an immutable list's one, which escape analysis removes).
            into.replaceAll((n, list) -> List.copyOf(list));
            outOf.replaceAll((n, list) -> List.copyOf(list));
            return new CallMaps(ById.of(edgeIds, edgeArray), into, outOf);
        }
    }

    private static Ends ends(Edge edge, java.util.function.Function<NodeId, Node> nodes,
            java.util.function.Predicate<Node> internet) {
        Node source = nodes.apply(edge.from());
        return new Ends(source, nodes.apply(edge.to()), internet.test(source));
    }

    private SnapshotIndex(ById<Node> baseNodes, ById<Edge> baseEdges,
            Map<NodeId, List<Edge>> baseInto, Map<NodeId, List<Edge>> baseOutOf, Map<NodeKind, List<Node>> baseByKind,
            Map<NodeId, Node> nodeOverlay, Map<EdgeId, Edge> edgeOverlay, Map<NodeId, List<Edge>> intoOverlay,
            Map<NodeId, List<Edge>> outOfOverlay, Set<NodeKind> staleKinds, Map<Edge, Ends> baseEnds,
            Map<Edge, Ends> endsOverlay, java.util.function.Predicate<Node> internet,
            java.util.function.Function<NodeId, List<org.threatmesh.model.ZoneId>> zoneChains, NodeFacts nodeFacts) {
        this.baseNodes = baseNodes;
        this.baseEdges = baseEdges;
        this.baseInto = baseInto;
        this.baseOutOf = baseOutOf;
        this.baseByKind = baseByKind;
        this.nodeOverlay = nodeOverlay;
        this.edgeOverlay = edgeOverlay;
        this.intoOverlay = intoOverlay;
        this.outOfOverlay = outOfOverlay;
        this.staleKinds = staleKinds;
        this.baseEnds = baseEnds;
        this.endsOverlay = endsOverlay;
        this.internet = internet;
        this.zoneChains = zoneChains;
        this.nodeFacts = nodeFacts;
    }

    /**
     * The index of {@code next}, which differs from this index's snapshot only in the attributes of
     * {@code changedNodes} and {@code changedEdges}: the same ids, kinds, endpoints, zones and names.
     */
    public SnapshotIndex successor(ThreatModel next, Set<NodeId> changedNodes, Set<EdgeId> changedEdges) {
        int overlay = nodeOverlay.size() + edgeOverlay.size() + changedNodes.size() + changedEdges.size();
        if (overlay > Math.max(MIN_OVERLAY_LIMIT, (baseNodes.size() + baseEdges.size()) / 16)) {
            return of(next, internet, zoneChains);
        }
        Map<NodeId, Node> nodes = new HashMap<>(nodeOverlay);
        Set<NodeKind> kinds = EnumSet.noneOf(NodeKind.class);
        kinds.addAll(staleKinds);
        for (NodeId id : changedNodes) {
            Node node = next.nodes().get(id);
            nodes.put(id, node);
            kinds.add(node.kind());
        }
        Map<EdgeId, Edge> edges = new HashMap<>(edgeOverlay);
        Set<NodeId> endpoints = new HashSet<>();
        for (EdgeId id : changedEdges) {
            Edge edge = next.edges().get(id);
            edges.put(id, edge);
            endpoints.add(edge.from());
            endpoints.add(edge.to());
        }
        Map<NodeId, List<Edge>> into = new HashMap<>(intoOverlay);
        Map<NodeId, List<Edge>> outOf = new HashMap<>(outOfOverlay);
        for (NodeId endpoint : endpoints) {
            into.put(endpoint, replaced(baseInto.getOrDefault(endpoint, List.of()), edges));
            outOf.put(endpoint, replaced(baseOutOf.getOrDefault(endpoint, List.of()), edges));
        }
        // A call's ends change with the call and with either endpoint; unchanged calls keep their identity.
        Map<Edge, Ends> ends = new java.util.IdentityHashMap<>(endsOverlay);
        java.util.function.Function<NodeId, Node> resolve = id -> {
            Node changed = nodes.get(id);
            return changed != null ? changed : baseNodes.get(id);
        };
        for (NodeId id : changedNodes) {
            for (Edge edge : baseInto.getOrDefault(id, List.of())) {
                Edge current = edges.getOrDefault(edge.id(), edge);
                ends.put(current, ends(current, resolve, internet));
            }
            for (Edge edge : baseOutOf.getOrDefault(id, List.of())) {
                Edge current = edges.getOrDefault(edge.id(), edge);
                ends.put(current, ends(current, resolve, internet));
            }
        }
        for (EdgeId id : changedEdges) {
            Edge edge = edges.get(id);
            ends.put(edge, ends(edge, resolve, internet));
        }
        return new SnapshotIndex(baseNodes, baseEdges, baseInto, baseOutOf, baseByKind, nodes, edges, into,
                outOf, kinds, baseEnds, ends, internet, zoneChains, nodeFacts);
    }

    /**
     * The topology facts of the nodes this index was built from. An edit's successor index keeps them: the facts
     * depend on the topology alone, which such an edit does not change, and its edited nodes are new objects that
     * the table does not hold.
     */
    public NodeFacts nodeFacts() {
        return nodeFacts;
    }

    /** The ends of {@code edge}, which must be a call of this snapshot (the same object). */
    public Ends ends(Edge edge) {
        Ends ends = endsOverlay.isEmpty() ? null : endsOverlay.get(edge);
        if (ends == null) {
            ends = baseEnds.get(edge);
        }
        return ends != null ? ends : ends(edge, this::node, internet);
    }

    private static List<Edge> replaced(List<Edge> base, Map<EdgeId, Edge> changed) {
        List<Edge> result = new ArrayList<>(base.size());
        for (Edge edge : base) {
            result.add(changed.getOrDefault(edge.id(), edge));
        }
        return List.copyOf(result);
    }

    public Node node(NodeId id) {
        Node node = nodeOverlay.isEmpty() ? null : nodeOverlay.get(id);
        return node != null ? node : baseNodes.get(id);
    }

    public Edge edge(EdgeId id) {
        Edge edge = edgeOverlay.isEmpty() ? null : edgeOverlay.get(id);
        return edge != null ? edge : baseEdges.get(id);
    }

    /** The calls into {@code node}, in call id order. */
    public List<Edge> callsInto(NodeId node) {
        List<Edge> calls = intoOverlay.isEmpty() ? null : intoOverlay.get(node);
        return calls != null ? calls : baseInto.getOrDefault(node, List.of());
    }

    /** The calls out of {@code node}, in call id order. */
    public List<Edge> callsOutOf(NodeId node) {
        List<Edge> calls = outOfOverlay.isEmpty() ? null : outOfOverlay.get(node);
        return calls != null ? calls : baseOutOf.getOrDefault(node, List.of());
    }

    /** The nodes of {@code kind}, in id order. */
    public List<Node> nodesOfKind(NodeKind kind) {
        if (!staleKinds.contains(kind)) {
            return baseByKind.get(kind);
        }
        return rebuiltKinds.computeIfAbsent(kind, stale -> {
            List<Node> result = new ArrayList<>();
            for (Node node : baseByKind.get(stale)) {
                result.add(node(node.id()));
            }
            return List.copyOf(result);
        });
    }
}
