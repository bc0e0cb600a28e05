package org.threatmesh.rules.builtin.topology;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
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
import org.threatmesh.rules.internal.Facts;

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
    static final class WeakPaths {
        final Map<NodeId, int[]> best = new HashMap<>();
        final Map<NodeId, EdgeId[]> via = new HashMap<>();
        final Graph<NodeId, EdgeId> graph;

        final Map<NodeId, int[]> from = new HashMap<>();

        WeakPaths(AnalysisContext context) {
            graph = context.graph().jgrapht();
            Deque<Object[]> queue = new ArrayDeque<>();
            for (NodeId source : Reachability.internetNodes(context)) {
                visit(source, CLEAN, null, CLEAN, queue);
            }
            while (!queue.isEmpty()) {
                Object[] item = queue.poll();
                NodeId node = (NodeId) item[0];
                int state = (Integer) item[1];
                boolean fromInternet = context.isInInternet(context.node(node));
                for (EdgeId edgeId : graph.outgoingEdgesOf(node)) {
                    int hop = fromInternet ? CLEAN : hopState(context.edge(edgeId));
                    visit(graph.getEdgeTarget(edgeId), Math.max(state, hop), edgeId, state, queue);
                }
            }
        }

        /** Records a better state for {@code node}; each (node, state) pair is recorded at most once. */
        private void visit(NodeId node, int state, EdgeId edge, int previousState, Deque<Object[]> queue) {
            int[] states = best.computeIfAbsent(node, n -> new int[] {-1});
            if (state > states[0]) {
                states[0] = state;
                via.computeIfAbsent(node, n -> new EdgeId[3])[state] = edge;
                from.computeIfAbsent(node, n -> new int[3])[state] = previousState;
                queue.add(new Object[] {node, state});
            }
        }

        int stateOf(NodeId node) {
            int[] states = best.get(node);
            return states == null ? -1 : states[0];
        }

        /**
         * The calls by which {@code node} first reached {@code state}. Each step goes back to a (node, state) pair
         * recorded earlier, so the walk ends at a source.
         */
        List<EdgeId> pathTo(NodeId node, int state) {
            List<EdgeId> path = new ArrayList<>();
            NodeId current = node;
            int currentState = state;
            EdgeId edge = via.get(current)[currentState];
            while (edge != null) {
                path.add(edge);
                int previous = from.get(current)[currentState];
                current = graph.getEdgeSource(edge);
                currentState = previous;
                edge = via.get(current)[currentState];
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
        WeakPaths paths = context.derived(WeakPaths.class, WeakPaths::new);
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
                    : Outcome.unknown(AnalysisContext.unknownFact(node.id(), WorkloadAttributes.DATA_SENSITIVITY));
        }
        List<EdgeId> path = paths.pathTo(node.id(), state);
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
            if (context.isInInternet(context.source(edge))) {
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
        return Outcome.fire(sensitivity.is(Sensitivity.HIGHLY_SENSITIVE) ? Severity.CRITICAL : Severity.HIGH,
                "The internet reaches " + node.name() + " (" + Facts.wire(sensitivity.value()) + " data) through a "
                        + "hop without mTLS or authorization: " + Reachability.describe(context, nodes), evidence);
    }
}
