package org.threatmesh.rules.builtin.topology;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.threatmesh.model.Edge;
import org.threatmesh.model.NodeId;
import org.threatmesh.rules.AnalysisContext;

/**
 * Breadth-first reachability over the calls from a set of sources, remembering for each reached node the caller it
 * was first reached from, so that a shortest path can be named. Sources are visited in id order and calls in id
 * order, so the named path is deterministic. Walks the context's indexed call lists, not the graph view, whose
 * neighbour queries cost hash probes per call.
 */
final class Reachability {

    /** Each reached node's caller on the path it was first reached by; null for a source. */
    private final Map<NodeId, NodeId> reachedFrom = new HashMap<>();

    /**
     * @param sources where the search starts, in id order
     * @param expand  whether the search continues from a reached node (sources always expand)
     */
    Reachability(AnalysisContext context, List<NodeId> sources, Predicate<NodeId> expand) {
        Deque<NodeId> queue = new ArrayDeque<>();
        java.util.Set<NodeId> starts = new java.util.HashSet<>(sources);
        for (NodeId source : sources) {
            if (!reachedFrom.containsKey(source)) {
                reachedFrom.put(source, null);
                queue.add(source);
            }
        }
        while (!queue.isEmpty()) {
            NodeId current = queue.poll();
            if (!starts.contains(current) && !expand.test(current)) {
                continue;
            }
            for (Edge call : context.callsOutOf(current)) {
                NodeId next = call.to();
                if (!reachedFrom.containsKey(next)) {
                    reachedFrom.put(next, current);
                    queue.add(next);
                }
            }
        }
    }

    boolean reached(NodeId node) {
        return reachedFrom.containsKey(node);
    }

    /** The nodes of a shortest found path from a source to {@code node}, source first. */
    List<NodeId> pathTo(NodeId node) {
        List<NodeId> path = new ArrayList<>();
        NodeId current = node;
        while (current != null) {
            path.add(current);
            current = reachedFrom.get(current);
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
