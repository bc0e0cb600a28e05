package org.threatmesh.rules.internal;

/**
 * Which nodes the internet reaches by following calls: a breadth-first search from the internet nodes over the
 * index's call rows. It reads no node, call or id object: walking call lists and hashing ids read data that large
 * models no longer had in cache, for most of the 26,000 visits of a 5,000-service model.
 */
public final class InternetReach {

    private InternetReach() {
    }

    /**
     * For each node number of {@code numbers}, whether a chain of calls leads to it from an internet node (internet
     * nodes included), with {@code facts} saying which nodes are internet nodes.
     */
    public static boolean[] byNumber(CallNumbers numbers, NodeFacts facts) {
        int count = numbers.nodes().length;
        boolean[] seen = new boolean[count];
        int[] queue = new int[count];
        int tail = 0;
        for (int number = 0; number < count; number++) {
            if (facts.isInternet(number)) {
                seen[number] = true;
                queue[tail++] = number;
            }
        }
        int[] outStart = numbers.outStart();
        int[] outCalls = numbers.outCalls();
        int[] targets = numbers.targets();
        for (int head = 0; head < tail; head++) {
            int node = queue[head];
            for (int k = outStart[node]; k < outStart[node + 1]; k++) {
                int next = targets[outCalls[k]];
                if (!seen[next]) {
                    seen[next] = true;
                    queue[tail++] = next;
                }
            }
        }
        return seen;
    }
}
