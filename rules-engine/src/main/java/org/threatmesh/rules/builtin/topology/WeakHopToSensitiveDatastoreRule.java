package org.threatmesh.rules.builtin.topology;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.threatmesh.model.Edge;
import org.threatmesh.model.EdgeId;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeId;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.attr.AuthzLevel;
import org.threatmesh.model.attr.EdgeAttributes;
import org.threatmesh.model.attr.Fact;
import org.threatmesh.model.attr.Sensitivity;
import org.threatmesh.model.attr.TlsMode;
import org.threatmesh.model.attr.WorkloadAttributes;
import org.threatmesh.rules.AnalysisContext;
import org.threatmesh.rules.NodeRule;
import org.threatmesh.rules.Outcome;
import org.threatmesh.rules.Reach;
import org.threatmesh.rules.Reference;
import org.threatmesh.rules.RuleKind;
import org.threatmesh.rules.RuleMetadata;
import org.threatmesh.rules.Severity;
import org.threatmesh.rules.Strategy;
import org.threatmesh.rules.Stride;
import org.threatmesh.rules.Targets;
import org.threatmesh.rules.builtin.support.Facts;

/**
 * Graph rule: a path leads from the internet to a store of sensitive data, and some internal hop on it lacks mTLS
 * or authorization at its destination. The first hop (from the internet) is judged by other rules; this one looks
 * at the hops behind the perimeter, where defence in depth should hold.
 */
public final class WeakHopToSensitiveDatastoreRule implements NodeRule {

    public static final String ID = "weak-hop-to-sensitive-datastore";

    private static final RuleMetadata METADATA = new RuleMetadata(ID, "Internet path to sensitive data has a weak internal hop",
            "An attacker who gets past the perimeter follows calls inward; a hop without mutual authentication or "
                    + "without authorization at its destination lets them reach sensitive data without a credential.",
            "Require mTLS and authorization on every internal hop on the way to the store, starting with the hops "
                    + "named in the path.",
            Severity.HIGH, "confidentiality failure on the way to sensitive data; critical for highly sensitive data",
            EnumSet.of(Stride.I, Stride.S, Stride.E), List.of(Strategy.MS_SS_4, Strategy.MS_SS_2),
            List.of(Reference.nist("MS-SS-4#2"), Reference.nist("MS-SS-2#1"), Reference.nist("MS-SS-2#6"),
                    Reference.cwe(306)),
            Targets.nodes(NodeKind.DATASTORE, NodeKind.SESSION_STORE),
            List.of("Istio PeerAuthentication STRICT", "AuthorizationPolicy per workload"),
            RuleKind.CHECK, false);

    private static final int CLEAN = 0;
    private static final int MAYBE = 1;
    private static final int WEAK = 2;

    /** Worst hop state with which each node can be reached from the internet; shared per snapshot. */
    /**
     * The worst hop state by which the internet reaches each node, found by a breadth-first search over (node,
     * state) pairs in which a state only ever rises, with the call that first reached each pair so a path can be
     * named. Works on numbered arrays: the search visits every call of the model.
     */
    /**
     * An outcome judged for a store, with everything it was judged from that can change without changing the
     * topology: the store itself, its path state, and the calls on its path (names never change without a
     * structural edit, which starts a fresh search).
     */
    private record Judged(Node node, int state, List<EdgeId> path, List<Edge> calls, Outcome outcome) {

        static Judged of(Node node, int state, List<EdgeId> path, AnalysisContext context, Outcome outcome) {
            List<Edge> calls = new ArrayList<>(path.size());
            for (EdgeId id : path) {
                calls.add(context.edge(id));
            }
            return new Judged(node, state, path, calls, outcome);
        }

        /** Same store object, state and path, and every call on the path the same object as then. */
        boolean stillHolds(Node current, int currentState, List<EdgeId> currentPath, AnalysisContext context) {
            if (node != current || state != currentState || !path.equals(currentPath)) {
                return false;
            }
            for (int i = 0; i < path.size(); i++) {
                if (context.edge(path.get(i)) != calls.get(i)) {
                    return false;
                }
            }
            return true;
        }
    }

    static final class WeakPaths implements AnalysisContext.Refreshable<WeakPaths> {
        private final DenseTopology topology;
        private final byte[] hops;
        private final int[] best;
        private final int[] via;
        private final int[] from;
        /**
         * The last outcome judged for each store reached by a weak or uncertain path, shared with the refreshed
         * searches of later snapshots: building the path's message and evidence is most of this rule's cost, and
         * after an edit most paths are what they were. An entry is reused only while it is provably the same
         * judgement (see {@link Judged#stillHolds}).
         */
        private final Map<NodeId, Judged> judged;

        WeakPaths(AnalysisContext context) {
            this(DenseTopology.of(context), hopsOf(context), new ConcurrentHashMap<>());
        }

        private static byte[] hopsOf(AnalysisContext context) {
            byte[] hops = new byte[context.model().edges().size()];
            int e = 0;
            for (Edge edge : context.model().edges().values()) {
                hops[e++] = (byte) hopState(edge);
            }
            return hops;
        }

        /** An edit of attributes alone re-reads the hop state of the edited calls only. */
        @Override
        public WeakPaths refreshed(AnalysisContext next, java.util.Set<NodeId> changedNodes,
                java.util.Set<EdgeId> changedEdges) {
            byte[] updated = null;
            for (EdgeId id : changedEdges) {
                int call = topology.indexOf(id);
                byte hop = (byte) hopState(next.edge(id));
                if (hop != hops[call]) {
                    if (updated == null) {
                        updated = hops.clone();
                    }
                    updated[call] = hop;
                }
            }
            return updated == null ? this : new WeakPaths(topology, updated, judged);
        }

        private WeakPaths(DenseTopology topology, byte[] hops, Map<NodeId, Judged> judged) {
            this.topology = topology;
            this.hops = hops;
            this.judged = judged;
            int nodeCount = topology.nodes.length;
            best = new int[nodeCount];
            java.util.Arrays.fill(best, -1);
            via = new int[nodeCount * 3];
            java.util.Arrays.fill(via, -1);
            from = new int[nodeCount * 3];
            int[] queue = new int[nodeCount * 3 + 1];
            int head = 0;
            int tail = 0;
            for (int node = 0; node < nodeCount; node++) {
                if (topology.internet[node] && visit(node, CLEAN, -1, CLEAN)) {
                    queue[tail++] = node * 3 + CLEAN;
                }
            }
            while (head < tail) {
                int item = queue[head++];
                int node = item / 3;
                int state = item % 3;
                boolean fromInternet = topology.internet[node];
                for (int k = topology.outStart[node]; k < topology.outStart[node + 1]; k++) {
                    int call = topology.outEdges[k];
                    int next = topology.target[call];
                    int reached = Math.max(state, fromInternet ? CLEAN : hops[call]);
                    if (visit(next, reached, call, state)) {
                        queue[tail++] = next * 3 + reached;
                    }
                }
            }
        }

        /** Records a better state for {@code node}; each (node, state) pair is recorded at most once. */
        private boolean visit(int node, int state, int call, int previousState) {
            if (state <= best[node]) {
                return false;
            }
            best[node] = state;
            via[node * 3 + state] = call;
            from[node * 3 + state] = previousState;
            return true;
        }

        int stateOf(NodeId node) {
            int index = topology.indexOf(node);
            return index < 0 ? -1 : best[index];
        }

        /**
         * The calls by which {@code node} first reached {@code state}. Each step goes back to a (node, state) pair
         * recorded earlier, so the walk ends at a source.
         */
        List<EdgeId> pathTo(NodeId node, int state) {
            List<EdgeId> path = new ArrayList<>();
            int current = topology.indexOf(node);
            int currentState = state;
            int call = via[current * 3 + currentState];
            while (call >= 0) {
                path.add(topology.edges[call]);
                int previous = from[current * 3 + currentState];
                current = topology.source[call];
                currentState = previous;
                call = via[current * 3 + currentState];
            }
            Collections.reverse(path);
            return path;
        }
    }

    static int hopState(Edge edge) {
        Fact<TlsMode> tls = edge.get(EdgeAttributes.TLS);
        Fact<AuthzLevel> authz = edge.get(EdgeAttributes.AUTHZ_AT_DESTINATION);
        if (tls.isKnown() && !tls.is(TlsMode.MTLS) || authz.is(AuthzLevel.NONE)) {
            return WEAK;
        }
        return tls.isUnknown() || authz.isUnknown() ? MAYBE : CLEAN;
    }

    @Override
    public java.util.Optional<java.util.Set<org.threatmesh.model.attr.AttributeKey<?>>> graphInputs() {
        return java.util.Optional.of(java.util.Set.of(org.threatmesh.model.attr.EdgeAttributes.TLS, org.threatmesh.model.attr.EdgeAttributes.AUTHZ_AT_DESTINATION));
    }

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public Reach reach() {
        return Reach.GRAPH;
    }

    @Override
    public Outcome evaluate(Node node, AnalysisContext context) {
        WeakPaths paths = context.derived(WeakPaths.class, graphInputs().orElseThrow(), WeakPaths::new);
        int state = paths.stateOf(node.id());
        if (state < 0) {
            return Outcome.NOT_APPLICABLE;
        }
        Fact<Sensitivity> sensitivity = node.get(WorkloadAttributes.DATA_SENSITIVITY);
        if (sensitivity.matches(value -> value.compareTo(Sensitivity.SENSITIVE) < 0)) {
            return Outcome.NOT_APPLICABLE;
        }
        if (state == CLEAN) {
            return sensitivity.isKnown() ? Outcome.PASS
                    : Outcome.unknown(node.id(), WorkloadAttributes.DATA_SENSITIVITY);
        }
        List<EdgeId> path = paths.pathTo(node.id(), state);
        Judged earlier = paths.judged.get(node.id());
        if (earlier != null && earlier.stillHolds(node, state, path, context)) {
            return earlier.outcome();
        }
        Outcome outcome = judge(node, context, state, sensitivity, path);
        paths.judged.put(node.id(), Judged.of(node, state, path, context, outcome));
        return outcome;
    }

    private static Outcome judge(Node node, AnalysisContext context, int state, Fact<Sensitivity> sensitivity,
            List<EdgeId> path) {
        Facts facts = Facts.collect();
        facts.track(node.id(), WorkloadAttributes.DATA_SENSITIVITY, sensitivity);
        List<NodeId> nodes = new ArrayList<>();
        List<org.threatmesh.rules.Evidence> evidence = new ArrayList<>();
        for (EdgeId edgeId : path) {
            Edge edge = context.edge(edgeId);
            if (nodes.isEmpty()) {
                nodes.add(edge.from());
            }
            nodes.add(edge.to());
            if (context.isNorthSouth(edge)) {
                continue;
            }
            int hop = hopState(edge);
            if (state == MAYBE && hop == MAYBE) {
                facts.track(edgeId, EdgeAttributes.TLS, edge.get(EdgeAttributes.TLS));
                facts.track(edgeId, EdgeAttributes.AUTHZ_AT_DESTINATION, edge.get(EdgeAttributes.AUTHZ_AT_DESTINATION));
            } else if (hop == WEAK) {
                evidence.add(Facts.evidence(edgeId, EdgeAttributes.TLS, edge.get(EdgeAttributes.TLS)));
                evidence.add(Facts.evidence(edgeId, EdgeAttributes.AUTHZ_AT_DESTINATION,
                        edge.get(EdgeAttributes.AUTHZ_AT_DESTINATION)));
            }
        }
        if (state == MAYBE || sensitivity.isUnknown()) {
            return facts.unknown();
        }
        evidence.add(0, Facts.evidence(node.id(), "path from internet", Reachability.ids(nodes)));
        // Resolved here so that the message, built when read, does not keep the context alive.
        String msgPath = Reachability.describe(context, nodes);
        return Outcome.fire(sensitivity.is(Sensitivity.HIGHLY_SENSITIVE) ? Severity.CRITICAL : Severity.HIGH,
                () -> "The internet reaches " + node.name() + " (" + Facts.wire(sensitivity.value()) + " data) through a "
                        + "hop without mTLS or authorization: " + msgPath, evidence);
    }
}
