package org.threatmesh.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
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

/**
 * Read-only access to the model under analysis plus the derived topology facts of the catalog's §4 vocabulary
 * ({@code ns(e)}, {@code ew(e)}, {@code boundary(e)}, zone trust, internet exposure). Facts that need the whole
 * graph are computed once per snapshot and cached. Thread-safe after construction.
 */
public class AnalysisContext {

    private final ThreatModel model;
    private final TopologyGraph graph;
    private volatile Set<NodeId> internetReachable;
    private volatile java.util.Map<NodeId, Node> nodeIndex;
    private volatile java.util.Map<org.threatmesh.model.EdgeId, Edge> edgeIndex;
    private volatile Set<NodeId> internetNodes;
    private volatile Set<NodeId> internetFacing;
    private volatile CallLists callLists;
    private volatile java.util.Map<NodeKind, List<Node>> nodesByKind;
    private final java.util.concurrent.ConcurrentHashMap<Class<?>, Object> derived =
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

    public ThreatModel model() {
        return model;
    }

    public TopologyGraph graph() {
        return graph;
    }

    /** The node with this id; constant time (the snapshot's nodes are indexed once by hash). */
    public Node node(NodeId id) {
        return nodeIndex().get(id);
    }

    /** The call with this id; constant time (the snapshot's calls are indexed once by hash). */
    public Edge edge(org.threatmesh.model.EdgeId id) {
        java.util.Map<org.threatmesh.model.EdgeId, Edge> index = edgeIndex;
        if (index == null) {
            index = new java.util.HashMap<>(model.edges().size() * 2);
            for (Edge edge : model.edges().values()) {
                index.put(edge.id(), edge);
            }
            edgeIndex = index;
        }
        return index.get(id);
    }

    /** The zone with this id, or {@code null}; constant time. */
    public TrustZone zone(ZoneId id) {
        return graph.zone(id);
    }

    /** The calls into {@code node}, in edge id order; all nodes' lists are built in one pass per snapshot. */
    public List<Edge> callsInto(NodeId node) {
        return callLists().into.getOrDefault(node, List.of());
    }

    /** The calls out of {@code node}, in edge id order; all nodes' lists are built in one pass per snapshot. */
    public List<Edge> callsOutOf(NodeId node) {
        return callLists().outOf.getOrDefault(node, List.of());
    }

    private CallLists callLists() {
        CallLists lists = callLists;
        if (lists == null) {
            java.util.Map<NodeId, List<Edge>> into = new java.util.HashMap<>();
            java.util.Map<NodeId, List<Edge>> outOf = new java.util.HashMap<>();
            // The snapshot iterates calls in id order, so each list comes out sorted.
            for (Edge edge : model.edges().values()) {
                into.computeIfAbsent(edge.to(), n -> new ArrayList<>(4)).add(edge);
                outOf.computeIfAbsent(edge.from(), n -> new ArrayList<>(4)).add(edge);
            }
            into.replaceAll((n, edges) -> Collections.unmodifiableList(edges));
            outOf.replaceAll((n, edges) -> Collections.unmodifiableList(edges));
            lists = new CallLists(into, outOf);
            callLists = lists;
        }
        return lists;
    }

    private record CallLists(java.util.Map<NodeId, List<Edge>> into, java.util.Map<NodeId, List<Edge>> outOf) {
    }

    public Node source(Edge edge) {
        return nodeIndex().get(edge.from());
    }

    public Node target(Edge edge) {
        return nodeIndex().get(edge.to());
    }

    private java.util.Map<NodeId, Node> nodeIndex() {
        java.util.Map<NodeId, Node> index = nodeIndex;
        if (index == null) {
            index = new java.util.HashMap<>(model.nodes().size() * 2);
            for (Node node : model.nodes().values()) {
                index.put(node.id(), node);
            }
            nodeIndex = index;
        }
        return index;
    }

    /** Whether the node sits in the internet zone, or is an external client. */
    public boolean isInInternet(Node node) {
        if (node.kind() == NodeKind.EXTERNAL_CLIENT) {
            return true;
        }
        Set<NodeId> inside = internetNodes;
        if (inside == null) {
            inside = new java.util.HashSet<>();
            for (Node candidate : model.nodes().values()) {
                if (graph.isInZoneOfKind(candidate.id(), ZoneKind.INTERNET)) {
                    inside.add(candidate.id());
                }
            }
            internetNodes = inside;
        }
        return inside.contains(node.id());
    }

    /** {@code ns(e)}: north-south, the call comes from an external client or from the internet zone. */
    public boolean isNorthSouth(Edge edge) {
        return isInInternet(source(edge));
    }

    /** {@code ew(e)}: east-west, both endpoints are internal workloads and the call is not north-south. */
    public boolean isEastWest(Edge edge) {
        return !isNorthSouth(edge) && source(edge).kind().isWorkload() && target(edge).kind().isWorkload();
    }

    /**
     * The trust level of the node's innermost zone that states one. Unknown when no enclosing zone states a trust
     * level; nodes outside every zone are unknown too.
     */
    public Fact<Integer> trustOf(Node node) {
        for (ZoneId zone : graph.zoneChain(node.id())) {
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
        return Fact.known(!from.value().equals(to.value()));
    }

    /** Whether any call reaches this node straight from an external client or the internet zone. */
    public boolean isInternetFacing(Node node) {
        Set<NodeId> facing = internetFacing;
        if (facing == null) {
            facing = new java.util.HashSet<>();
            for (Edge edge : model.edges().values()) {
                if (isInInternet(source(edge))) {
                    facing.add(edge.to());
                }
            }
            internetFacing = facing;
        }
        return facing.contains(node.id());
    }

    /** Every node reachable from the internet by following calls (internet nodes included). */
    public Set<NodeId> internetReachable() {
        Set<NodeId> result = internetReachable;
        if (result == null) {
            Set<NodeId> sources = new LinkedHashSet<>();
            for (Node node : model.nodes().values()) {
                if (isInInternet(node)) {
                    sources.add(node.id());
                }
            }
            result = Collections.unmodifiableSet(graph.reachableFrom(sources));
            internetReachable = result;
        }
        return result;
    }

    /** Whether the node runs with a sidecar or in ambient mode. Unknown when its mesh mode is unknown. */
    public Fact<Boolean> inMesh(Node node) {
        Fact<MeshMode> mode = node.get(WorkloadAttributes.MESH_MODE);
        return mode.isUnknown() ? Fact.unknown() : Fact.known(mode.value() != MeshMode.NONE);
    }

    /** The model's nodes of {@code kind}, in id order; computed once per snapshot for all kinds. */
    public List<Node> nodesOfKind(NodeKind kind) {
        java.util.Map<NodeKind, List<Node>> byKind = nodesByKind;
        if (byKind == null) {
            java.util.Map<NodeKind, List<Node>> index = new java.util.EnumMap<>(NodeKind.class);
            for (NodeKind each : NodeKind.values()) {
                index.put(each, new ArrayList<>());
            }
            for (Node node : model.nodes().values()) {
                index.get(node.kind()).add(node);
            }
            index.replaceAll((each, nodes) -> List.copyOf(nodes));
            byKind = index;
            nodesByKind = byKind;
        }
        return byKind.get(kind);
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
        return node.get(WorkloadAttributes.DATA_SENSITIVITY).matches(value -> value.compareTo(level) >= 0);
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
        return element.value() + "." + key.name();
    }

    /**
     * A whole-graph fact computed once per snapshot and shared by every rule that asks for it, for example the
     * paths from the internet that skip every gateway. Graph rules use it so that evaluating them on each target
     * costs little after the first.
     *
     * @param type    identifies the fact; one value per type and snapshot
     * @param compute builds it from this context; must not itself call {@code derived} with the same type
     */
    public <T> T derived(Class<T> type, java.util.function.Function<AnalysisContext, T> compute) {
        Object value = derived.get(type);
        if (value instanceof Derived<?> pending) {
            value = pending.get();
        } else if (value == null) {
            // Elements are evaluated on several threads; the first to ask computes the fact and the others wait
            // for it rather than computing it again. A holder per type (not computeIfAbsent) lets one fact's
            // computation ask for another.
            Derived<T> holder = new Derived<>(() -> compute.apply(this));
            Object raced = derived.putIfAbsent(type, holder);
            value = raced == null ? holder.get() : ((Derived<?>) raced).get();
        }
        return type.cast(value);
    }

    /** A fact computed at most once, by the first thread to ask; the others block until it is there. */
    private static final class Derived<T> {
        private final java.util.function.Supplier<T> compute;
        private T value;

        Derived(java.util.function.Supplier<T> compute) {
            this.compute = compute;
        }

        synchronized T get() {
            if (value == null) {
                value = java.util.Objects.requireNonNull(compute.get(), "derived fact");
            }
            return value;
        }
    }
}
