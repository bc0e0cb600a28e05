package org.threatmesh.rules.internal;

import java.util.List;
import org.threatmesh.model.Edge;

/**
 * The calls at each node number as compressed rows: node {@code n}'s calls are
 * {@code calls[start[n] .. start[n + 1])}, in call id order.
 */
record CallRows(int[] start, int[] calls) {

    /** The rows of calls whose end on the side wanted is {@code ends[call]}. */
    static CallRows of(int[] ends, int nodes) {
        int[] start = new int[nodes + 1];
        for (int end : ends) {
            start[end + 1]++;
        }
        for (int i = 0; i < nodes; i++) {
            start[i + 1] += start[i];
        }
        int[] calls = new int[ends.length];
        int[] fill = start.clone();
        // Calls are numbered in id order, so each row comes out in id order too.
        for (int call = 0; call < ends.length; call++) {
            calls[fill[ends[call]]++] = call;
        }
        return new CallRows(start, calls);
    }

    /**
     * Each row as a list of the calls themselves. Immutable lists rather than wrapped ones: rules iterate these
     * for most elements, and a wrapped list's iterator is two objects per loop (an immutable list's one, which
     * escape analysis removes).
     */
    @SuppressWarnings("unchecked")
    List<Edge>[] lists(Edge[] edges) {
        List<Edge>[] lists = new List[start.length - 1];
        Edge[] row = new Edge[0];
        for (int n = 0; n < lists.length; n++) {
            int size = start[n + 1] - start[n];
            if (row.length != size) {
                row = new Edge[size];
            }
            for (int k = 0; k < size; k++) {
                row[k] = edges[calls[start[n] + k]];
            }
            lists[n] = List.of(row);
        }
        return lists;
    }
}
