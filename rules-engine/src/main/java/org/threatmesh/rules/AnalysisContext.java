package org.threatmesh.rules;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.threatmesh.model.Edge;
import org.threatmesh.model.ElementId;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeId;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.TrustZone;
import org.threatmesh.model.ZoneId;
import org.threatmesh.model.ZoneKind;
import org.threatmesh.model.attr.AttributeKey;
import org.threatmesh.model.attr.Fact;
import org.threatmesh.model.attr.MeshMode;
import org.threatmesh.model.attr.Sensitivity;
import org.threatmesh.model.attr.WorkloadAttributes;
import org.threatmesh.model.attr.ZoneAttributes;
import org.threatmesh.model.graph.TopologyGraph;
import org.threatmesh.rules.internal.InternetReach;
import org.threatmesh.rules.internal.NodeFacts;
import org.threatmesh.rules.internal.SnapshotIndex;

/**
 * Read-only access to the model under analysis plus the derived topology facts of the catalog's §4 vocabulary
 * ({@code ns(e)}, {@code ew(e)}, {@code boundary(e)}, zone trust, internet exposure). Facts that need the whole
 * graph are computed once per snapshot and cached. Thread-safe after construction.
 */
public class AnalysisContext {

    private static final Fact<Boolean> KNOWN_TRUE = Fact.known(true);
    private static final Fact<Boolean> KNOWN_FALSE = Fact.known(false);
    private final ThreatModel model;
    private final TopologyGraph graph;
    /** Guards the first computation of the lazily built facts below, so each is built once per snapshot. */
    private final Object lock = new Object();
    private volatile SnapshotIndex index;
    // A fact about the topology alone (ids, no attributes): a successor context for an attribute edit inherits it.
    private volatile Set<NodeId> internetReachable;
    /** By node number (the index's numbering, which a successor keeps): see {@link #reachableFromInternet()}. */
    private volatile boolean[] reachableFromInternet;
    private final java.util.concurrent.ConcurrentHashMap<Class<?>, DerivedFact<?>> derived =
            new java.util.concurrent.ConcurrentHashMap<>();

    public AnalysisContext(ThreatModel model) {
        this(model, model.graph());
    }

    /**
     * A context whose graph view is {@code graph}, which must answer every query exactly as {@code model.graph()}
     * would: incremental analysis passes the previous snapshot's view when an edit changed no call, node kind or
     * zone, so that the new snapshot's view need not be built.
     */
    public AnalysisContext(ThreatModel model, TopologyGraph graph) {
        this.model = model;
        this.graph = graph;
    }

    private AnalysisContext(AnalysisContext previous, ThreatModel next, Set<NodeId> changedNodes,
            Set<org.threatmesh.model.EdgeId> changedEdges, Set<String> changedAttributes) {
        this.model = next;
        this.graph = previous.graph;
        SnapshotIndex earlier = previous.index;
        this.index = earlier == null ? null : earlier.successor(next, changedNodes, changedEdges);
        this.internetReachable = previous.internetReachable;
        this.reachableFromInternet = previous.reachableFromInternet;
        previous.derived.forEach((type, fact) -> {
            if (fact.survives(changedAttributes)) {
                derived.put(type, fact);
            } else {
                DerivedFact<?> refreshing = fact.refreshing(this, changedNodes, changedEdges);
                if (refreshing != null) {
                    derived.put(type, refreshing);
                }
            }
        });
    }

    /**
     * The context of {@code next}, a snapshot that differs from this one only in the attributes of
     * {@code changedNodes} and {@code changedEdges} (same ids, kinds, endpoints, zones, names and model
     * attributes). It shares this context's graph view, topology facts and every {@link #derived derived fact}
     * whose declared inputs exclude {@code changedAttributes}, and indexes the snapshot in time proportional to the
     * edit, so that incremental analysis does not pay for the whole model.
     */
    public AnalysisContext successor(ThreatModel next, Set<NodeId> changedNodes,
            Set<org.threatmesh.model.EdgeId> changedEdges, Set<String> changedAttributes) {
        return new AnalysisContext(this, next, changedNodes, changedEdges, changedAttributes);
    }

    public ThreatModel model() {
        return model;
    }

    public TopologyGraph graph() {
        return graph;
    }

    /** The node with this id; constant time (the snapshot's nodes are indexed once by hash). */
    public Node node(NodeId id) {
        return index().node(id);
    }

    /** The call with this id; constant time (the snapshot's calls are indexed once by hash). */
    public Edge edge(org.threatmesh.model.EdgeId id) {
        return index().edge(id);
    }

    /** The zone with this id, or {@code null}; constant time. */
    public TrustZone zone(ZoneId id) {
        return graph.zone(id);
    }

    /** The calls into {@code node}, in edge id order; all nodes' lists are built in one pass per snapshot. */
    public List<Edge> callsInto(NodeId node) {
        return index().callsInto(node);
    }

    /** The calls out of {@code node}, in edge id order; all nodes' lists are built in one pass per snapshot. */
    public List<Edge> callsOutOf(NodeId node) {
        return index().callsOutOf(node);
    }

    /**
     * The nodes {@code node} calls, in id order, as an immutable set: what {@code graph().successors(node)}
     * answers, read from the indexed call lists instead of the graph view, whose edge lookups cost a hash probe per
     * call.
     */
    public Set<NodeId> callees(NodeId node) {
        // An edit's successor snapshot shares its base's numbering: attribute edits change no call's ends.
        return index().callNumbers().neighbours(node, true);
    }

    /** The nodes that call {@code node}, in id order: {@code graph().predecessors(node)}, like {@link #callees}. */
    public Set<NodeId> callers(NodeId node) {
        return index().callNumbers().neighbours(node, false);
    }

    /**
     * The snapshot's nodes and calls numbered in id order with each call's ends as node numbers, for graph
     * algorithms over arrays; computed once per snapshot. The arrays are shared and must not be modified.
     */
    public org.threatmesh.rules.internal.CallNumbers callNumbers() {
        return index().callNumbers();
    }

    /** The kind of the node numbered {@code number} in {@link #callNumbers()}, read without the node. */
    public NodeKind kindOfNumber(int number) {
        return index().nodeFacts().kind(number);
    }

    /** {@link #isInInternet} of the node numbered {@code number} in {@link #callNumbers()}, without the node. */
    public boolean isInInternetByNumber(int number) {
        return index().nodeFacts().isInternet(number);
    }

    public Node source(Edge edge) {
        return index().ends(edge).source();
    }

    public Node target(Edge edge) {
        return index().ends(edge).target();
    }

    /*
     * What call rules ask of a call's two ends is answered from per-node arrays rather than the end nodes: on large
     * models the ends are rarely still cached when their call is evaluated (see NodeReadings).
     */

    /** {@code source(edge).kind()}. */
    public NodeKind sourceKind(Edge edge) {
        SnapshotIndex built = index();
        return built.nodeFacts().kind(built.sourcePosition(edge));
    }

    /** {@code target(edge).kind()}. */
    public NodeKind targetKind(Edge edge) {
        SnapshotIndex built = index();
        return built.nodeFacts().kind(built.targetPosition(edge));
    }

    /**
     * Whether the call's source passes its traffic through a mesh proxy: gateways do, kinds that cannot carry a
     * mesh mode do not, and for the rest it is the node's mesh mode (unknown when that is unknown).
     */
    public Fact<Boolean> sourceInMesh(Edge edge) {
        SnapshotIndex built = index();
        return built.nodeReadings().inMesh(built.sourcePosition(edge));
    }

    /** Like {@link #sourceInMesh}, for the call's target. */
    public Fact<Boolean> targetInMesh(Edge edge) {
        SnapshotIndex built = index();
        return built.nodeReadings().inMesh(built.targetPosition(edge));
    }

    /** {@code isAtLeast(target(edge), level)}. */
    public boolean targetIsAtLeast(Edge edge, Sensitivity level) {
        SnapshotIndex built = index();
        return built.nodeReadings().isAtLeast(built.targetPosition(edge), level);
    }

    /** {@code target(edge).get(DATA_SENSITIVITY)}. */
    public Fact<Sensitivity> targetSensitivity(Edge edge) {
        SnapshotIndex built = index();
        return built.nodeReadings().sensitivity(built.targetPosition(edge));
    }

    /** {@code zoneChain(target(edge))}. */
    public List<ZoneId> targetZoneChain(Edge edge) {
        SnapshotIndex built = index();
        return built.nodeFacts().zoneChain(built.targetPosition(edge));
    }

    /** {@code zoneChain(source(edge))}. */
    public List<ZoneId> sourceZoneChain(Edge edge) {
        SnapshotIndex built = index();
        return built.nodeFacts().zoneChain(built.sourcePosition(edge));
    }

    /**
     * Builds this snapshot's indexes now instead of on first use. The analyzer calls it before it evaluates
     * elements in parallel: built on first use, the index kept every evaluating thread but one waiting for it.
     */
    public void prepareIndexes() {
        index();
    }

    /**
     * For the engine: the calling thread evaluates {@code call} next, the call numbered {@code number} in id order
     * among this snapshot's calls, so questions about its ends can be answered by number rather than by looking the
     * call up. Rules never need to call this; a wrong number is ignored, and a null call forgets the previous one,
     * so that the thread keeps no snapshot alive.
     */
    public void evaluatingCall(Edge call, int number) {
        index().evaluatingCall(call, number);
    }

    private SnapshotIndex index() {
        SnapshotIndex built = index;
        return built != null ? built : buildIndex();
    }

    /**
     * Builds the index once: both evaluating threads ask for it at the start of an analysis, and building it twice
     * cost each of them the whole build (and twice the allocation).
     */
    private SnapshotIndex buildIndex() {
        synchronized (lock) {
            if (index == null) {
                TopologyGraph topology = graph;
                // Captures the graph view, not this context, so later snapshots' indexes do not keep this one alive.
                index = SnapshotIndex.of(model, node -> node.kind() == NodeKind.EXTERNAL_CLIENT
                        || topology.isInZoneOfKind(node.id(), ZoneKind.INTERNET), topology::zoneChain);
            }
            return index;
        }
    }

    /** Whether the node sits in the internet zone, or is an external client. */
    public boolean isInInternet(Node node) {
        if (node.kind() == NodeKind.EXTERNAL_CLIENT) {
            return true;
        }
        NodeFacts facts = index().nodeFacts();
        int at = facts.positionOf(node);
        return at >= 0 && facts.isInternet(at);
    }

    /** {@code ns(e)}: north-south, the call comes from an external client or from the internet zone. */
    public boolean isNorthSouth(Edge edge) {
        return index().northSouth(edge);
    }

    /** {@code ew(e)}: east-west, both endpoints are internal workloads and the call is not north-south. */
    public boolean isEastWest(Edge edge) {
        SnapshotIndex built = index();
        NodeFacts facts = built.nodeFacts();
        return !built.northSouth(edge) && facts.kind(built.sourcePosition(edge)).isWorkload()
                && facts.kind(built.targetPosition(edge)).isWorkload();
    }

    /**
     * The trust level of the node's innermost zone that states one. Unknown when no enclosing zone states a trust
     * level; nodes outside every zone are unknown too.
     */
    public Fact<Integer> trustOf(Node node) {
        for (ZoneId zone : zoneChain(node)) {
            Fact<Integer> trust = graph.zone(zone).get(ZoneAttributes.TRUST);
            if (trust.isKnown()) {
                return trust;
            }
        }
        return Fact.unknown();
    }

    /**
     * {@code boundary(e)}: the endpoints' trust levels differ. Unknown when either trust level is unknown.
     */
    public Fact<Boolean> crossesTrustBoundary(Edge edge) {
        Fact<Integer> from = trustOf(source(edge));
        Fact<Integer> to = trustOf(target(edge));
        if (from.isUnknown() || to.isUnknown()) {
            return Fact.unknown();
        }
        return from.value().equals(to.value()) ? KNOWN_FALSE : KNOWN_TRUE;
    }

    /**
     * The zones enclosing {@code node}, innermost first (empty when it is in none): what {@code graph().zoneChain}
     * answers for its id, found by the node's identity when it is one of this snapshot's.
     */
    public List<ZoneId> zoneChain(Node node) {
        NodeFacts facts = index().nodeFacts();
        int at = facts.positionOf(node);
        return at >= 0 ? facts.zoneChain(at) : graph.zoneChain(node.id());
    }

    /** The innermost zone of {@code kind} enclosing {@code node}, if any. */
    public Optional<TrustZone> enclosingZone(Node node, ZoneKind kind) {
        return graph.firstOfKind(zoneChain(node), kind);
    }

    /** Whether any call reaches this node straight from an external client or the internet zone. */
    public boolean isInternetFacing(Node node) {
        NodeFacts facts = index().nodeFacts();
        int at = facts.positionOf(node);
        return at >= 0 && facts.isInternetFacing(at);
    }

    /**
     * Every node reachable from the internet by following calls (internet nodes included), in id order.
     */
    public Set<NodeId> internetReachable() {
        Set<NodeId> result = internetReachable;
        if (result != null) {
            return result;
        }
        boolean[] reachable = reachableFromInternet();
        NodeId[] ids = callNumbers().nodes();
        java.util.LinkedHashSet<NodeId> members = new java.util.LinkedHashSet<>();
        for (int number = 0; number < reachable.length; number++) {
            if (reachable[number]) {
                members.add(ids[number]);
            }
        }
        result = Collections.unmodifiableSet(members);
        internetReachable = result;
        return result;
    }

    /** Whether {@code node} is in {@link #internetReachable()}; answered by the node's position, without its id. */
    public boolean isInternetReachable(Node node) {
        int at = index().nodeFacts().positionOf(node);
        return at >= 0 && reachableFromInternet()[at];
    }

    /** Which nodes, by number, the internet reaches through calls (see {@link InternetReach}). */
    private boolean[] reachableFromInternet() {
        boolean[] result = reachableFromInternet;
        if (result != null) {
            return result;
        }
        synchronized (lock) {
            if (reachableFromInternet == null) {
                reachableFromInternet = InternetReach.byNumber(callNumbers(), index().nodeFacts());
            }
            return reachableFromInternet;
        }
    }

    /** Whether the node runs with a sidecar or in ambient mode. Unknown when its mesh mode is unknown. */
    public Fact<Boolean> inMesh(Node node) {
        Fact<MeshMode> mode = node.get(WorkloadAttributes.MESH_MODE);
        // Shared answers: this runs for a dozen rules on every call's two ends.
        return mode.isUnknown() ? Fact.unknown() : mode.value() != MeshMode.NONE ? KNOWN_TRUE : KNOWN_FALSE;
    }

    /** The model's nodes of {@code kind}, in id order; computed once per snapshot for all kinds. */
    public List<Node> nodesOfKind(NodeKind kind) {
        return index().nodesOfKind(kind);
    }

    /** The first mesh control plane by id, if the model has one. */
    public Optional<Node> meshControlPlane() {
        List<Node> planes = nodesOfKind(NodeKind.MESH_CONTROL_PLANE);
        return planes.isEmpty() ? Optional.empty() : Optional.of(planes.get(0));
    }

    /** The innermost zone of the node, if any. */
    public Optional<TrustZone> zoneOf(Node node) {
        return node.zone().map(model.zones()::get);
    }

    /** Whether the node's data sensitivity is known to be at least {@code level}. */
    public boolean isAtLeast(Node node, Sensitivity level) {
        // No predicate: one capturing the level was allocated on each of 69,000 calls per large analysis.
        Fact<Sensitivity> sensitivity = node.get(WorkloadAttributes.DATA_SENSITIVITY);
        return sensitivity.isKnown() && sensitivity.value().compareTo(level) >= 0;
    }

    /**
     * The catalog's rubric modifiers (§5): raise one level when the data is highly sensitive or the call is
     * north-south; never above critical. Rules apply it once to their base severity.
     */
    public Severity rubric(Severity base, boolean highlySensitive, boolean northSouth) {
        return highlySensitive || northSouth ? base.raise() : base;
    }

    /** The label an unknown fact is reported under, for example {@code e-cart.tls}. */
    public static String unknownFact(ElementId element, AttributeKey<?> key) {
        return org.threatmesh.rules.internal.FactLabels.label(element, key);
    }

    /**
     * A whole-graph fact computed once per snapshot and shared by every rule that asks for it, for example the
     * paths from the internet that skip every gateway. Graph rules use it so that evaluating them on each target
     * costs little after the first. The fact is never carried over to a {@link #successor successor}.
     *
     * @param type    identifies the fact; one value per type and snapshot
     * @param compute builds it from this context; it may ask for other derived facts, but facts must not ask for
     *                each other in a cycle (each waits for the other's first computation)
     */
    public <T> T derived(Class<T> type, java.util.function.Function<AnalysisContext, T> compute) {
        return derived(type, null, compute);
    }

    /**
     * Like {@link #derived(Class, java.util.function.Function)} for a fact that depends only on the topology (which
     * calls exist, node kinds, zones, names) and on the attributes {@code inputs}. A successor context for an edit
     * that changed none of those attributes reuses the fact instead of computing it again. So the fact must not
     * hand out nodes or calls whose other attributes callers then read: keep ids, and look elements up in the
     * context that asks.
     */
    public <T> T derived(Class<T> type, Set<org.threatmesh.model.attr.AttributeKey<?>> inputs,
            java.util.function.Function<AnalysisContext, T> compute) {
        DerivedFact<?> fact = derived.get(type);
        if (fact == null) {
            // Elements are evaluated on several threads; the first to ask computes the fact and the others wait
            // for it rather than computing it again. A holder per type (not computeIfAbsent) lets one fact's
            // computation ask for another.
            Set<String> names = inputs == null ? null : inputs.stream()
                    .map(org.threatmesh.model.attr.AttributeKey::name)
                    .collect(java.util.stream.Collectors.toUnmodifiableSet());
            DerivedFact<T> holder = new DerivedFact<>(names, () -> compute.apply(this));
            DerivedFact<?> raced = derived.putIfAbsent(type, holder);
            fact = raced == null ? holder : raced;
        }
        return type.cast(fact.get());
    }

    /**
     * A {@link #derived(Class, Set, java.util.function.Function) derived fact} that can bring itself up to date for
     * a successor snapshot faster than computing it anew, for example by re-reading only the edited calls.
     *
     * @param <T> the fact's own type
     */
    public interface Refreshable<T> {

        /**
         * This fact for {@code next}, whose snapshot differs from the one this fact describes only in the attributes
         * of {@code changedNodes} and {@code changedEdges}. Must equal what computing the fact for {@code next}
         * would give; may return this instance when nothing it depends on changed.
         */
        T refreshed(AnalysisContext next, Set<NodeId> changedNodes, Set<org.threatmesh.model.EdgeId> changedEdges);
    }
}
