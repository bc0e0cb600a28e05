package org.threatmesh.rules.builtin.topology;

import java.util.Set;
import org.threatmesh.model.EdgeId;
import org.threatmesh.model.NodeId;
import org.threatmesh.rules.AnalysisContext;
import org.threatmesh.rules.internal.IdNumbers;
import org.threatmesh.rules.internal.SnapshotIndex;

/**
 * The call graph as arrays, for traversals that visit every call: nodes and calls numbered in id order, each node's
 * outgoing calls in call id order (compressed rows), and which nodes are internet nodes. Depends on the topology
 * alone, so one instance serves every snapshot of an attribute-editing session. The numbering, call ends and rows
 * are the snapshot index's ({@link org.threatmesh.rules.internal.CallNumbers}), shared, not copied; nothing here may modify them.
 */
final class DenseTopology {

    final NodeId[] nodes;
    final EdgeId[] edges;
    final int[] source;
    final int[] target;
    /** Calls out of node {@code n} are {@code outEdges[outStart[n] .. outStart[n + 1])}. */
    final int[] outStart;
    final int[] outEdges;
    /** Calls into node {@code n} are {@code inEdges[inStart[n] .. inStart[n + 1])}, in call id order. */
    final int[] inStart;
    final int[] inEdges;
    final boolean[] internet;
    private final IdNumbers indexOf;
    private final IdNumbers edgeIndexOf;

    static DenseTopology of(AnalysisContext context) {
        return context.derived(DenseTopology.class, Set.of(), DenseTopology::new);
    }

    private DenseTopology(AnalysisContext context) {
        // The snapshot index has numbered the nodes and calls and resolved every call's ends already.
        org.threatmesh.rules.internal.CallNumbers numbers = context.callNumbers();
        nodes = numbers.nodes();
        edges = numbers.edges();
        source = numbers.sources();
        target = numbers.targets();
        indexOf = numbers.nodeNumbers();
        edgeIndexOf = numbers.edgeNumbers();
        int nodeCount = nodes.length;
        internet = new boolean[nodeCount];
        // By number, from the index: asking each node object read 6,000 nodes that were out of cache.
        for (int n = 0; n < nodeCount; n++) {
            internet[n] = context.isInInternetByNumber(n);
        }
        outStart = numbers.outStart();
        outEdges = numbers.outCalls();
        inStart = numbers.inStart();
        inEdges = numbers.inCalls();
    }

    /** The number of the call, or -1 when the snapshot has no such call. */
    int indexOf(EdgeId edge) {
        return edgeIndexOf.numberOf(edge);
    }

    /** The number of the node, or -1 when the snapshot has no such node. */
    int indexOf(NodeId node) {
        return indexOf.numberOf(node);
    }
}
