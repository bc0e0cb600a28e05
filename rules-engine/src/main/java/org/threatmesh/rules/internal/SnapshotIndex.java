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

    /**
     * A call's resolved endpoints, their positions in the {@link #nodeFacts() node facts} and
     * {@link #nodeReadings() readings}, and whether its source is an internet node ({@code ns(e)}).
     */
    public record Ends(Node source, Node target, int sourcePosition, int targetPosition, boolean northSouth) {
    }

    private static final int MIN_OVERLAY_LIMIT = 256;

    /**
     * The call each thread is evaluating, by number (see {@link #evaluatingCall}). Why: the ends of the call under
     * evaluation are asked for by most call rules, and finding them by the call's identity probed a 256 KB table
     * at a random place, a cache miss per call on large models, where the call's number indexes arrays read in
     * call order.
     */
    private static final ThreadLocal<CallCursor> CURRENT_CALL = ThreadLocal.withInitial(CallCursor::new);

    /** A thread's call under evaluation: the index that numbered it, the call, and its number. */
    private static final class CallCursor {
        private SnapshotIndex index;
        private Edge call;
        private int number;
    }

    private final ById<Node> baseNodes;
    private final ById<Edge> baseEdges;
    /** The calls into and out of each node, by its number in {@link #baseNodes}. */
    private final List<Edge>[] baseInto;
    private final List<Edge>[] baseOutOf;
    private final CallNumbers numbers;
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
    /** The base snapshot's nodes' topology facts; a successor's edited nodes are found in it by id. */
    private final NodeFacts nodeFacts;
    /** This snapshot's nodes' readings, by the base snapshot's node positions. */
    private final NodeReadings nodeReadings;

    /**
     * Indexes {@code model} from scratch.
     *
     * @param internet   whether a node is an internet node (external client or in an internet zone)
     * @param zoneChains the zones enclosing a node, innermost first
     */
    public static SnapshotIndex of(ThreatModel model, java.util.function.Predicate<Node> internet,
            java.util.function.Function<NodeId, List<org.threatmesh.model.ZoneId>> zoneChains) {
        NodeId[] nodeIds = new NodeId[model.nodes().size()];
        Node[] nodeArray = new Node[nodeIds.length];
        Map<NodeKind, List<Node>> byKind = new EnumMap<>(NodeKind.class);
        for (NodeKind kind : NodeKind.values()) {
            byKind.put(kind, new ArrayList<>());
        }
        boolean[] internetNodes = new boolean[nodeIds.length];
        int n = 0;
        for (Node node : model.nodes().values()) {
            nodeIds[n] = node.id();
            internetNodes[n] = internet.test(node);
            nodeArray[n++] = node;
            byKind.get(node.kind()).add(node);
        }
        IdNumbers nodeNumbers = IdNumbers.of(nodeIds);
        byKind.replaceAll((kind, list) -> List.copyOf(list));
        // Each call's ends are resolved once, to node numbers: the ends, both call lists and the graph rules' dense
        // topology read these numbers instead of hashing the same ids again (two hash maps of call lists were a
        // twentieth of a 5,000-service analysis).
        EdgeId[] edgeIds = new EdgeId[model.edges().size()];
        Edge[] edgeArray = new Edge[edgeIds.length];
        int[] sources = new int[edgeIds.length];
        int[] targets = new int[edgeIds.length];
        // Sized for the calls it will hold (the map sizes its own table from that): asking for twice as many gave
        // a 20,000-call model a half-megabyte table, which G1 allocates as a humongous object and answers with an
        // extra concurrent cycle per analysis.
        Map<Edge, Ends> ends = new java.util.IdentityHashMap<>(edgeIds.length);
        int e = 0;
        for (Edge edge : model.edges().values()) {
            edgeIds[e] = edge.id();
            edgeArray[e] = edge;
            sources[e] = endNumber(nodeNumbers, edge, edge.from());
            targets[e] = endNumber(nodeNumbers, edge, edge.to());
            ends.put(edge, new Ends(nodeArray[sources[e]], nodeArray[targets[e]], sources[e], targets[e],
                    internetNodes[sources[e]]));
            e++;
        }
        // The calls' numbers and lists need nothing from the node facts, so another thread of the common pool
        // builds them meanwhile (a full analysis builds the index before its elements keep the pool busy); joining
        // runs them here if no thread took them.
        java.util.concurrent.ForkJoinTask<Calls> calls = java.util.concurrent.ForkJoinTask.adapt(() -> {
            CallRows into = CallRows.of(targets, nodeIds.length);
            CallRows outOf = CallRows.of(sources, nodeIds.length);
            return new Calls(IdNumbers.of(edgeIds), into, outOf, into.lists(edgeArray), outOf.lists(edgeArray));
        }).fork();
        NodeFacts facts = NodeFacts.of(nodeArray, nodeNumbers, internetNodes, zoneChains, sources, targets);
        NodeReadings readings = NodeReadings.of(nodeArray);
        Calls built = calls.join();
        CallNumbers numbers = new CallNumbers(nodeIds, edgeIds, sources, targets, nodeNumbers, built.numbers(),
                built.outOfRows().start(), built.outOfRows().calls(), built.intoRows().start(),
                built.intoRows().calls());
        return new SnapshotIndex(ById.of(nodeNumbers, nodeArray), ById.of(built.numbers(), edgeArray), built.into(),
                built.outOf(), numbers, byKind, Map.of(), Map.of(), Map.of(), Map.of(), EnumSet.noneOf(NodeKind.class),
                ends, Map.of(), internet, zoneChains, facts, readings);
    }

    /** The calls' id numbers, and the calls into and out of each node by node number, as rows and as lists. */
    private record Calls(IdNumbers numbers, CallRows intoRows, CallRows outOfRows, List<Edge>[] into,
            List<Edge>[] outOf) {
    }

    private static int endNumber(IdNumbers nodes, Edge edge, NodeId end) {
        int number = nodes.numberOf(end);
        if (number < 0) {
            throw new IllegalArgumentException("call " + edge.id().value() + " names a missing node "
                    + end.value());
        }
        return number;
    }

    private Ends ends(Edge edge, java.util.function.Function<NodeId, Node> nodes) {
        Node source = nodes.apply(edge.from());
        IdNumbers positions = numbers.nodeNumbers();
        return new Ends(source, nodes.apply(edge.to()), positions.numberOf(edge.from()),
                positions.numberOf(edge.to()), internet.test(source));
    }

    private SnapshotIndex(ById<Node> baseNodes, ById<Edge> baseEdges,
            List<Edge>[] baseInto, List<Edge>[] baseOutOf, CallNumbers numbers, Map<NodeKind, List<Node>> baseByKind,
            Map<NodeId, Node> nodeOverlay, Map<EdgeId, Edge> edgeOverlay, Map<NodeId, List<Edge>> intoOverlay,
            Map<NodeId, List<Edge>> outOfOverlay, Set<NodeKind> staleKinds, Map<Edge, Ends> baseEnds,
            Map<Edge, Ends> endsOverlay, java.util.function.Predicate<Node> internet,
            java.util.function.Function<NodeId, List<org.threatmesh.model.ZoneId>> zoneChains, NodeFacts nodeFacts,
            NodeReadings nodeReadings) {
        this.baseNodes = baseNodes;
        this.baseEdges = baseEdges;
        this.baseInto = baseInto;
        this.baseOutOf = baseOutOf;
        this.numbers = numbers;
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
        this.nodeReadings = nodeReadings;
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
        Map<Integer, Node> reread = new HashMap<>();
        for (NodeId id : changedNodes) {
            Node node = next.nodes().get(id);
            nodes.put(id, node);
            kinds.add(node.kind());
            reread.put(numbers.nodeNumbers().numberOf(id), node);
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
            into.put(endpoint, replaced(baseCalls(baseInto, endpoint), edges));
            outOf.put(endpoint, replaced(baseCalls(baseOutOf, endpoint), edges));
        }
        // A call's ends change with the call and with either endpoint; unchanged calls keep their identity.
        Map<Edge, Ends> ends = new java.util.IdentityHashMap<>(endsOverlay);
        java.util.function.Function<NodeId, Node> resolve = id -> {
            Node changed = nodes.get(id);
            return changed != null ? changed : baseNodes.get(id);
        };
        for (NodeId id : changedNodes) {
            for (Edge edge : baseCalls(baseInto, id)) {
                Edge current = edges.getOrDefault(edge.id(), edge);
                ends.put(current, ends(current, resolve));
            }
            for (Edge edge : baseCalls(baseOutOf, id)) {
                Edge current = edges.getOrDefault(edge.id(), edge);
                ends.put(current, ends(current, resolve));
            }
        }
        for (EdgeId id : changedEdges) {
            Edge edge = edges.get(id);
            ends.put(edge, ends(edge, resolve));
        }
        return new SnapshotIndex(baseNodes, baseEdges, baseInto, baseOutOf, numbers, baseByKind, nodes, edges, into,
                outOf, kinds, baseEnds, ends, internet, zoneChains, nodeFacts, nodeReadings.with(reread));
    }

    /**
     * The topology facts of the nodes this index was built from. An edit's successor index keeps them: the facts
     * depend on the topology alone, which such an edit does not change, and the table finds the edited nodes (new
     * objects) by their ids.
     */
    public NodeFacts nodeFacts() {
        return nodeFacts;
    }

    /**
     * This snapshot's nodes' {@link NodeReadings readings}, by the positions of {@link #nodeFacts()}: an edit's
     * successor index reads its edited nodes again.
     */
    public NodeReadings nodeReadings() {
        return nodeReadings;
    }

    /**
     * Tells this index that the calling thread evaluates {@code call} next, whose number in this index's base
     * snapshot is {@code number} (its position among the calls in id order), so that questions about its ends are
     * answered by number until the thread names another call. A call whose number does not match is ignored; a null
     * call forgets the previous one.
     */
    public void evaluatingCall(Edge call, int number) {
        CallCursor cursor = CURRENT_CALL.get();
        if (number >= 0 && number < baseEdges.size() && baseEdges.at(number) == call && edgeOverlay.isEmpty()) {
            cursor.index = this;
            cursor.call = call;
            cursor.number = number;
        } else {
            cursor.index = null;
            cursor.call = null;
        }
    }

    /** The number of {@code edge} if the calling thread said it evaluates it, else -1. */
    private int cursorNumber(Edge edge) {
        CallCursor cursor = CURRENT_CALL.get();
        return cursor.call == edge && cursor.index == this ? cursor.number : -1;
    }

    /** {@code ends(edge).sourcePosition()}, without the ends when the thread evaluates {@code edge}. */
    public int sourcePosition(Edge edge) {
        int number = cursorNumber(edge);
        return number >= 0 ? numbers.sources()[number] : ends(edge).sourcePosition();
    }

    /** {@code ends(edge).targetPosition()}, without the ends when the thread evaluates {@code edge}. */
    public int targetPosition(Edge edge) {
        int number = cursorNumber(edge);
        return number >= 0 ? numbers.targets()[number] : ends(edge).targetPosition();
    }

    /** {@code ends(edge).northSouth()}, without the ends when the thread evaluates {@code edge}. */
    public boolean northSouth(Edge edge) {
        int number = cursorNumber(edge);
        return number >= 0 ? nodeFacts.isInternet(numbers.sources()[number]) : ends(edge).northSouth();
    }

    /** The ends of {@code edge}, which must be a call of this snapshot (the same object). */
    public Ends ends(Edge edge) {
        Ends ends = endsOverlay.isEmpty() ? null : endsOverlay.get(edge);
        if (ends == null) {
            ends = baseEnds.get(edge);
        }
        return ends != null ? ends : ends(edge, this::node);
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
        return calls != null ? calls : baseCalls(baseInto, node);
    }

    /** The calls out of {@code node}, in call id order. */
    public List<Edge> callsOutOf(NodeId node) {
        List<Edge> calls = outOfOverlay.isEmpty() ? null : outOfOverlay.get(node);
        return calls != null ? calls : baseCalls(baseOutOf, node);
    }

    /** The base snapshot's calls at {@code node} from {@code lists}; none for a node it does not have. */
    private List<Edge> baseCalls(List<Edge>[] lists, NodeId node) {
        int number = numbers.nodeNumbers().numberOf(node);
        return number < 0 ? List.of() : lists[number];
    }

    /** The base snapshot's numbering of nodes, calls and call ends; see {@link CallNumbers}. */
    public CallNumbers callNumbers() {
        return numbers;
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
