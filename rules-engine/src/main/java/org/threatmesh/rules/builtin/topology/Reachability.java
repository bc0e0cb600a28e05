package org.threatmesh.rules.builtin.topology;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;
import org.threatmesh.model.NodeId;
import org.threatmesh.rules.AnalysisContext;

/**
 * Breadth-first reachability over the calls from a set of sources, remembering for each reached node the caller it
 * was first reached from, so that a shortest path can be named. Sources are visited in the order given and calls in
 * id order, so the named path is deterministic. Walks the numbered call graph ({@link DenseTopology}) with arrays:
 * a hash map keyed by node id read every reached node's id string, which on large models was out of cache.
 */
final class Reachability {

    private static final int UNREACHED = -2;
    private static final int SOURCE = -1;

    private final DenseTopology topology;
    /** By node number: the number of the caller it was first reached from, {@link #SOURCE} or {@link #UNREACHED}. */
    private final int[] reachedFrom;

    /**
     * @param sources where the search starts, in id order
     * @param expand  whether the search continues from a reached node (sources always expand)
     */
    Reachability(AnalysisContext context, List<NodeId> sources, Predicate<NodeId> expand) {
        topology = DenseTopology.of(context);
        int count = topology.nodes.length;
        reachedFrom = new int[count];
        Arrays.fill(reachedFrom, UNREACHED);
        boolean[] start = new boolean[count];
        int[] queue = new int[count];
        int head = 0;
        int tail = 0;
        for (NodeId source : sources) {
            int node = topology.indexOf(source);
            if (node >= 0 && reachedFrom[node] == UNREACHED) {
                start[node] = true;
                reachedFrom[node] = SOURCE;
                queue[tail++] = node;
            }
        }
        while (head < tail) {
            int current = queue[head++];
            if (!start[current] && !expand.test(topology.nodes[current])) {
                continue;
            }
            for (int k = topology.outStart[current]; k < topology.outStart[current + 1]; k++) {
                int next = topology.target[topology.outEdges[k]];
                if (reachedFrom[next] == UNREACHED) {
                    reachedFrom[next] = current;
                    queue[tail++] = next;
                }
            }
        }
    }

    boolean reached(NodeId node) {
        int number = topology.indexOf(node);
        return number >= 0 && reachedFrom[number] != UNREACHED;
    }

    /** The nodes of a shortest found path from a source to {@code node}, source first; just the node if unreached. */
    List<NodeId> pathTo(NodeId node) {
        int current = topology.indexOf(node);
        if (current < 0 || reachedFrom[current] == UNREACHED) {
            return new ArrayList<>(List.of(node));
        }
        List<NodeId> path = new ArrayList<>();
        while (current >= 0) {
            path.add(topology.nodes[current]);
            current = reachedFrom[current];
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
        // By number, in id order: asking each node object read 6,000 nodes that were out of cache.
        NodeId[] ids = context.callNumbers().nodes();
        List<NodeId> sources = new ArrayList<>();
        for (int number = 0; number < ids.length; number++) {
            if (context.isInInternetByNumber(number)) {
                sources.add(ids[number]);
            }
        }
        return sources;
    }
}
