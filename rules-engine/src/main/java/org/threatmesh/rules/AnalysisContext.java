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
            Fact<Integer> trust = model.zones().get(zone).get(ZoneAttributes.TRUST);
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
        for (NodeId caller : graph.predecessors(node.id())) {
            if (isInInternet(node(caller))) {
                return true;
            }
        }
        return false;
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

    /** The model's mesh control planes, in id order. */
    public List<Node> nodesOfKind(NodeKind kind) {
        List<Node> result = new ArrayList<>();
        for (Node node : model.nodes().values()) {
            if (node.kind() == kind) {
                result.add(node);
            }
        }
        return result;
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
        if (value == null) {
            value = compute.apply(this);
            Object raced = derived.putIfAbsent(type, value);
            if (raced != null) {
                value = raced;
            }
        }
        return type.cast(value);
    }
}
