package org.threatmesh.rules.builtin.topology;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.jgrapht.Graph;
import org.threatmesh.model.EdgeId;
import org.threatmesh.model.NodeId;
import org.threatmesh.rules.AnalysisContext;

/**
 * Breadth-first reachability over the JGraphT call graph from a set of sources, remembering for each reached node
 * the call it was first reached by, so that a shortest path can be named. Sources are visited in id order and
 * calls in id order, so the named path is deterministic.
 */
final class Reachability {

    private final Graph<NodeId, EdgeId> graph;
    private final Map<NodeId, EdgeId> reachedBy = new HashMap<>();

    /**
     * @param sources where the search starts, in id order
     * @param expand  whether the search continues from a reached node (sources always expand)
     */
    Reachability(AnalysisContext context, List<NodeId> sources, Predicate<NodeId> expand) {
        this.graph = context.graph().jgrapht();
        Deque<NodeId> queue = new ArrayDeque<>();
        java.util.Set<NodeId> starts = new java.util.HashSet<>(sources);
        for (NodeId source : sources) {
            if (!reachedBy.containsKey(source)) {
                reachedBy.put(source, null);
                queue.add(source);
            }
        }
        while (!queue.isEmpty()) {
            NodeId current = queue.poll();
            if (!starts.contains(current) && !expand.test(current)) {
                continue;
            }
            for (EdgeId edge : graph.outgoingEdgesOf(current)) {
                NodeId next = graph.getEdgeTarget(edge);
                if (!reachedBy.containsKey(next)) {
                    reachedBy.put(next, edge);
                    queue.add(next);
                }
            }
        }
    }

    boolean reached(NodeId node) {
        return reachedBy.containsKey(node);
    }

    /** The nodes of a shortest found path from a source to {@code node}, source first. */
    List<NodeId> pathTo(NodeId node) {
        List<NodeId> path = new ArrayList<>();
        NodeId current = node;
        while (current != null) {
            path.add(current);
            EdgeId edge = reachedBy.get(current);
            current = edge == null ? null : graph.getEdgeSource(edge);
        }
        Collections.reverse(path);
        return path;
    }

    /** "A → B → C" with node names. */
    static String describe(AnalysisContext context, List<NodeId> path) {
        StringBuilder out = new StringBuilder();
        for (NodeId node : path) {
            out.append(out.length() == 0 ? "" : " → ").append(context.node(node).name());
        }
        return out.toString();
    }

    /** "a → b → c" with node ids, for evidence. */
    static String ids(List<NodeId> path) {
        StringBuilder out = new StringBuilder();
        for (NodeId node : path) {
            out.append(out.length() == 0 ? "" : " → ").append(node.value());
        }
        return out.toString();
    }

    /** Every internet node (external clients and nodes in internet zones), in id order. */
    static List<NodeId> internetNodes(AnalysisContext context) {
        List<NodeId> sources = new ArrayList<>();
        for (var node : context.model().nodes().values()) {
            if (context.isInInternet(node)) {
                sources.add(node.id());
            }
        }
        return sources;
    }
}
