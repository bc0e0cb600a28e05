package org.threatmesh.rules.internal;

import java.util.List;
import java.util.function.Function;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeId;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.ZoneId;

/**
 * What the topology alone says about each node of one snapshot: its kind, whether it is an internet node, whether a
 * call reaches it straight from one, and its enclosing zones. Found by the node object's identity, not its id.
 *
 * <p>Why identity: rules ask these questions about both ends of nearly every call, with the node already in hand.
 * A hash lookup by id read the id and its string before probing, and on the 5,000-service model those reads missed
 * the processor's caches on most calls: the lookups cost ten times as much as on the 1,000-service model, which
 * made analysis time grow faster than the model. An identity probe reads the node's header, which the caller has
 * just touched, and two arrays small enough to stay cached.
 *
 * <p>A node object this table was not built from (an edited node of a successor snapshot, say) is found by its id
 * instead. The facts depend on the topology alone, which an edit that keeps the table does not change. Immutable;
 * the arrays given are kept, not copied.
 */
public final class NodeFacts {

    private static final byte INTERNET = 1;
    private static final byte INTERNET_FACING = 2;

    private final Node[] nodes;
    private final IdNumbers byId;
    /** Position + 1 of the node hashed to each slot by identity, linear probing; 0 for empty. At most half full. */
    private final int[] slots;
    private final byte[] flags;
    private final List<ZoneId>[] zoneChains;
    private final NodeKind[] kinds;

    /**
     * @param nodes      the snapshot's nodes; positions are indices into this array
     * @param byId       the position of each node id
     * @param internet   whether the node at each position is an internet node (external client or inside an
     *                   internet zone)
     * @param zoneChains a node's enclosing zones, innermost first
     * @param sources    each call's source position
     * @param targets    each call's target position
     */
    static NodeFacts of(Node[] nodes, IdNumbers byId, boolean[] internet, Function<NodeId, List<ZoneId>> zoneChains,
            int[] sources, int[] targets) {
        return new NodeFacts(nodes, byId, internet, zoneChains, sources, targets);
    }

    @SuppressWarnings("unchecked")
    private NodeFacts(Node[] nodes, IdNumbers byId, boolean[] internet, Function<NodeId, List<ZoneId>> chains,
            int[] sources, int[] targets) {
        this.nodes = nodes;
        this.byId = byId;
        this.slots = new int[Integer.highestOneBit(Math.max(1, 2 * nodes.length - 1)) << 1];
        this.flags = new byte[nodes.length];
        this.zoneChains = new List[nodes.length];
        this.kinds = new NodeKind[nodes.length];
        int mask = slots.length - 1;
        for (int i = 0; i < nodes.length; i++) {
            int at = System.identityHashCode(nodes[i]) & mask;
            while (slots[at] != 0) {
                at = (at + 1) & mask;
            }
            slots[at] = i + 1;
            flags[i] = internet[i] ? INTERNET : 0;
            zoneChains[i] = chains.apply(nodes[i].id());
            kinds[i] = nodes[i].kind();
        }
        for (int call = 0; call < sources.length; call++) {
            if (internet[sources[call]]) {
                flags[targets[call]] |= INTERNET_FACING;
            }
        }
    }

    /** The position of the node with this node's id, or -1 when the snapshot has no such node. */
    public int positionOf(Node node) {
        int mask = slots.length - 1;
        for (int at = System.identityHashCode(node) & mask; ; at = (at + 1) & mask) {
            int slot = slots[at];
            if (slot == 0) {
                return byId.numberOf(node.id());
            }
            if (nodes[slot - 1] == node) {
                return slot - 1;
            }
        }
    }

    /** Whether the node at {@code position} is an external client or sits in an internet zone. */
    public boolean isInternet(int position) {
        return (flags[position] & INTERNET) != 0;
    }

    /** Whether a call reaches the node at {@code position} straight from an internet node. */
    public boolean isInternetFacing(int position) {
        return (flags[position] & INTERNET_FACING) != 0;
    }

    /** The kind of the node at {@code position}. */
    public NodeKind kind(int position) {
        return kinds[position];
    }

    /** The zones enclosing the node at {@code position}, innermost first; empty when it is in none. */
    public List<ZoneId> zoneChain(int position) {
        return zoneChains[position];
    }
}
