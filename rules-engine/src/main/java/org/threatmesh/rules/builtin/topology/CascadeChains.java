package org.threatmesh.rules.builtin.topology;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.threatmesh.model.Edge;
import org.threatmesh.model.EdgeId;
import org.threatmesh.model.NodeId;
import org.threatmesh.model.attr.CallMode;
import org.threatmesh.model.attr.CircuitBreakerPlacement;
import org.threatmesh.model.attr.EdgeAttributes;
import org.threatmesh.rules.AnalysisContext;

/**
 * The longest synchronous call chains without a circuit breaker or timeout, for every node, computed over the whole
 * call graph on numbered arrays: for each node the length (capped) of the longest chain of unprotected calls
 * starting there and the call it continues with, once counting only calls known to be unprotected and once also
 * those that may be; and the cycles of known-unprotected calls, so that a chain is reported once, at its head.
 * Depends on the topology and on {@code mode}, {@code circuitBreaker} and {@code timeout} of calls.
 */
final class CascadeChains {

    static final int PROTECTED = 0;
    static final int POSSIBLY_UNPROTECTED = 1;
    static final int UNPROTECTED = 2;

    final int cap;
    private final DenseTopology topology;
    private final byte[] protection;
    private final int[] knownLength;
    private final int[] knownNext;
    private final int[] possibleLength;
    private final int[] possibleNext;
    /** For nodes on a cycle of known-unprotected calls, the cycle's members in id order; else null. */
    private final List<NodeId>[] cycles;

    CascadeChains(AnalysisContext context, int cap) {
        this.cap = cap;
        this.topology = DenseTopology.of(context);
        protection = new byte[topology.edges.length];
        int e = 0;
        for (Edge edge : context.model().edges().values()) {
            int source = topology.source[e];
            // By number: the calls are visited in number order, not evaluated, so their ends are not at hand.
            boolean fromOutsideTheMesh = !context.kindOfNumber(source).isWorkload() || topology.internet[source];
            protection[e++] = (byte) (fromOutsideTheMesh ? PROTECTED : protection(edge));
        }
        int nodes = topology.nodes.length;
        knownLength = new int[nodes];
        knownNext = new int[nodes];
        lengths(UNPROTECTED, knownLength, knownNext);
        possibleLength = new int[nodes];
        possibleNext = new int[nodes];
        lengths(POSSIBLY_UNPROTECTED, possibleLength, possibleNext);
        cycles = unprotectedCycles();
    }

    /** How a call from a workload inside the system is protected, by its own attributes. */
    private static int protection(Edge edge) {
        var mode = edge.get(EdgeAttributes.MODE);
        var breaker = edge.get(EdgeAttributes.CIRCUIT_BREAKER);
        if (mode.is(CallMode.ASYNC) || breaker.isKnown() && !breaker.is(CircuitBreakerPlacement.NONE)
                || edge.get(EdgeAttributes.TIMEOUT).isKnown()) {
            return PROTECTED;
        }
        return mode.isKnown() && breaker.isKnown() ? UNPROTECTED : POSSIBLY_UNPROTECTED;
    }

    /**
     * {@code cap} rounds of relaxation: after round r, {@code length[n]} is the longest qualifying chain from n of
     * at most r + 1 calls, and {@code next[n]} the lowest-id call that achieves it.
     */
    private void lengths(int worst, int[] length, int[] next) {
        Arrays.fill(next, -1);
        int[] previous = new int[length.length];
        for (int round = 0; round < cap; round++) {
            System.arraycopy(length, 0, previous, 0, length.length);
            for (int call = 0; call < protection.length; call++) {
                if (protection[call] < worst) {
                    continue;
                }
                int from = topology.source[call];
                int candidate = Math.min(cap, 1 + previous[topology.target[call]]);
                if (candidate > length[from] || candidate == length[from] && call < next[from]) {
                    length[from] = candidate;
                    next[from] = call;
                }
            }
        }
    }

    /** Strongly connected components of known-unprotected calls with more than one node (iterative Tarjan). */
    @SuppressWarnings("unchecked")
    private List<NodeId>[] unprotectedCycles() {
        int nodes = topology.nodes.length;
        List<NodeId>[] result = new List[nodes];
        int[] index = new int[nodes];
        int[] low = new int[nodes];
        Arrays.fill(index, -1);
        boolean[] onStack = new boolean[nodes];
        int[] stack = new int[nodes];
        int stackSize = 0;
        int[] work = new int[nodes];
        int[] cursor = new int[nodes];
        int counter = 0;
        for (int root = 0; root < nodes; root++) {
            if (index[root] >= 0) {
                continue;
            }
            int depth = 0;
            work[depth] = root;
            cursor[root] = topology.outStart[root];
            index[root] = low[root] = counter++;
            stack[stackSize++] = root;
            onStack[root] = true;
            while (depth >= 0) {
                int node = work[depth];
                if (cursor[node] < topology.outStart[node + 1]) {
                    int call = topology.outEdges[cursor[node]++];
                    if (protection[call] != UNPROTECTED) {
                        continue;
                    }
                    int next = topology.target[call];
                    if (index[next] < 0) {
                        index[next] = low[next] = counter++;
                        stack[stackSize++] = next;
                        onStack[next] = true;
                        cursor[next] = topology.outStart[next];
                        work[++depth] = next;
                    } else if (onStack[next]) {
                        low[node] = Math.min(low[node], index[next]);
                    }
                    continue;
                }
                if (low[node] == index[node]) {
                    // The component is the top of the stack down to this node. Most are single nodes, which need
                    // nothing; members are sorted by number, which is id order, so no id string is read.
                    int top = stackSize;
                    do {
                        stackSize--;
                        onStack[stack[stackSize]] = false;
                    } while (stack[stackSize] != node);
                    if (top - stackSize > 1) {
                        int[] members = Arrays.copyOfRange(stack, stackSize, top);
                        Arrays.sort(members);
                        NodeId[] ids = new NodeId[members.length];
                        for (int m = 0; m < members.length; m++) {
                            ids[m] = topology.nodes[members[m]];
                        }
                        List<NodeId> cycle = List.of(ids);
                        for (int member : members) {
                            result[member] = cycle;
                        }
                    }
                }
                depth--;
                if (depth >= 0) {
                    int parent = work[depth];
                    low[parent] = Math.min(low[parent], low[node]);
                }
            }
        }
        return result;
    }

    int knownLength(NodeId node) {
        int index = topology.indexOf(node);
        return index < 0 ? 0 : knownLength[index];
    }

    int possibleLength(NodeId node) {
        int index = topology.indexOf(node);
        return index < 0 ? 0 : possibleLength[index];
    }

    /** The members of the cycle of known-unprotected calls through {@code node}, in id order; null if none. */
    List<NodeId> cycleOf(NodeId node) {
        int index = topology.indexOf(node);
        return index < 0 ? null : cycles[index];
    }

    /** Whether a call of at least {@code worst} protection state enters {@code node} from outside its cycle. */
    boolean entered(NodeId node, int worst) {
        int index = topology.indexOf(node);
        List<NodeId> cycle = worst == UNPROTECTED ? cycles[index] : null;
        for (int k = topology.inStart[index]; k < topology.inStart[index + 1]; k++) {
            int call = topology.inEdges[k];
            // Members of one cycle share the same list instance.
            if (protection[call] >= worst && (cycle == null || cycles[topology.source[call]] != cycle)) {
                return true;
            }
        }
        return false;
    }

    /** The chain of known (or, with {@code known} false, possibly) unprotected calls from {@code start}. */
    List<EdgeId> chain(NodeId start, boolean known) {
        int[] next = known ? knownNext : possibleNext;
        List<EdgeId> chain = new ArrayList<>();
        int current = topology.indexOf(start);
        while (chain.size() < cap && next[current] >= 0) {
            int call = next[current];
            chain.add(topology.edges[call]);
            current = topology.target[call];
        }
        return chain;
    }
}
