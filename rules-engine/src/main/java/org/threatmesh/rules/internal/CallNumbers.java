package org.threatmesh.rules.internal;

import java.util.Set;
import org.threatmesh.model.EdgeId;
import org.threatmesh.model.NodeId;

/**
 * A snapshot's nodes and calls numbered in id order, and each call's ends as node numbers: what graph
 * algorithms over arrays need, computed once per snapshot. An edit's successor index keeps its base's numbers,
 * which stay right because such an edit changes no id or end. The arrays must not be modified.
 *
 * @param nodes       the node ids by number
 * @param edges       the call ids by number
 * @param sources     each call's source node number
 * @param targets     each call's target node number
 * @param nodeNumbers the number of each node id
 * @param edgeNumbers the number of each call id
 * @param outStart    with {@code outCalls}, each node's outgoing calls as rows: node {@code n}'s are
 *                    {@code outCalls[outStart[n] .. outStart[n + 1])}, in call id order
 * @param outCalls    see {@code outStart}
 * @param inStart     with {@code inCalls}, each node's incoming calls as rows, like {@code outStart}
 * @param inCalls     see {@code inStart}
 */
public record CallNumbers(NodeId[] nodes, EdgeId[] edges, int[] sources, int[] targets, IdNumbers nodeNumbers,
        IdNumbers edgeNumbers, int[] outStart, int[] outCalls, int[] inStart, int[] inCalls) {

    /**
     * The distinct nodes at the far end of {@code node}'s calls, in id order: its callees when {@code outgoing},
     * else its callers; empty for a node this snapshot does not have. Sorted by node number, which follows id
     * order, so no id is read: rules ask this of most nodes, and comparing the neighbours' id strings read
     * memory that large models no longer have in cache.
     */
    public Set<NodeId> neighbours(NodeId node, boolean outgoing) {
        int number = nodeNumbers.numberOf(node);
        if (number < 0) {
            return Set.of();
        }
        int[] start = outgoing ? outStart : inStart;
        int[] calls = outgoing ? outCalls : inCalls;
        int[] far = outgoing ? targets : sources;
        int from = start[number];
        int count = start[number + 1] - from;
        if (count == 0) {
            return Set.of();
        }
        int[] ends = new int[count];
        for (int k = 0; k < count; k++) {
            ends[k] = far[calls[from + k]];
        }
        java.util.Arrays.sort(ends);
        NodeId[] ids = new NodeId[count];
        int distinct = 0;
        for (int k = 0; k < count; k++) {
            if (k == 0 || ends[k] != ends[k - 1]) {
                ids[distinct++] = nodes[ends[k]];
            }
        }
        return SortedIds.ofSorted(ids, distinct);
    }
}
