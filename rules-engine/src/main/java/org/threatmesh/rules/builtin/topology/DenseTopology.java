package org.threatmesh.rules.builtin.topology;

import java.util.Set;
import org.threatmesh.model.EdgeId;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeId;
import org.threatmesh.rules.AnalysisContext;
import org.threatmesh.rules.internal.IdNumbers;
import org.threatmesh.rules.internal.SnapshotIndex;

/**
 * The call graph as arrays, for traversals that visit every call: nodes and calls numbered in id order, each node's
 * outgoing calls in call id order (compressed rows), and which nodes are internet nodes. Depends on the topology
 * alone, so one instance serves every snapshot of an attribute-editing session. The numbering and call ends are the
 * snapshot index's ({@link SnapshotIndex.CallNumbers}), shared, not copied; nothing here may modify them.
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
        SnapshotIndex.CallNumbers numbers = context.callNumbers();
        nodes = numbers.nodes();
        edges = numbers.edges();
        source = numbers.sources();
        target = numbers.targets();
        indexOf = numbers.nodeNumbers();
        edgeIndexOf = numbers.edgeNumbers();
        int nodeCount = nodes.length;
        internet = new boolean[nodeCount];
        int n = 0;
        for (Node node : context.model().nodes().values()) {
            internet[n++] = context.isInInternet(node);
        }
        int edgeCount = edges.length;
        outStart = new int[nodeCount + 1];
        for (int call = 0; call < edgeCount; call++) {
            outStart[source[call] + 1]++;
        }
        for (int i = 0; i < nodeCount; i++) {
            outStart[i + 1] += outStart[i];
        }
        outEdges = new int[edgeCount];
        inStart = new int[nodeCount + 1];
        for (int call = 0; call < edgeCount; call++) {
            inStart[target[call] + 1]++;
        }
        for (int i = 0; i < nodeCount; i++) {
            inStart[i + 1] += inStart[i];
        }
        inEdges = new int[edgeCount];
        int[] fillOut = outStart.clone();
        int[] fillIn = inStart.clone();
        // Calls are numbered in id order, so each node's rows come out in id order too.
        for (int call = 0; call < edgeCount; call++) {
            outEdges[fillOut[source[call]]++] = call;
            inEdges[fillIn[target[call]]++] = call;
        }
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
