package org.threatmesh.rules.builtin.topology;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.threatmesh.model.Edge;
import org.threatmesh.model.EdgeId;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeId;
import org.threatmesh.rules.AnalysisContext;

/**
 * The call graph as arrays, for traversals that visit every call: nodes and calls numbered in id order, each node's
 * outgoing calls in call id order (compressed rows), and which nodes are internet nodes. Depends on the topology
 * alone, so one instance serves every snapshot of an attribute-editing session.
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
    private final Map<NodeId, Integer> indexOf;
    private final Map<EdgeId, Integer> edgeIndexOf;

    static DenseTopology of(AnalysisContext context) {
        return context.derived(DenseTopology.class, Set.of(), DenseTopology::new);
    }

    private DenseTopology(AnalysisContext context) {
        int nodeCount = context.model().nodes().size();
        nodes = new NodeId[nodeCount];
        internet = new boolean[nodeCount];
        indexOf = new HashMap<>(nodeCount * 2);
        int n = 0;
        for (Node node : context.model().nodes().values()) {
            nodes[n] = node.id();
            internet[n] = context.isInInternet(node);
            indexOf.put(node.id(), n++);
        }
        int edgeCount = context.model().edges().size();
        edges = new EdgeId[edgeCount];
        source = new int[edgeCount];
        target = new int[edgeCount];
        outStart = new int[nodeCount + 1];
        edgeIndexOf = new HashMap<>(edgeCount * 2);
        int e = 0;
        for (Edge edge : context.model().edges().values()) {
            edges[e] = edge.id();
            edgeIndexOf.put(edge.id(), e);
            source[e] = indexOf.get(edge.from());
            target[e] = indexOf.get(edge.to());
            outStart[source[e] + 1]++;
            e++;
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
        Integer index = edgeIndexOf.get(edge);
        return index == null ? -1 : index;
    }

    /** The number of the node, or -1 when the snapshot has no such node. */
    int indexOf(NodeId node) {
        Integer index = indexOf.get(node);
        return index == null ? -1 : index;
    }
}
