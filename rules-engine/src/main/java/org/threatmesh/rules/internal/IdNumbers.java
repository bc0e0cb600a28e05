package org.threatmesh.rules.internal;

import org.threatmesh.model.ElementId;

/**
 * The position of each id in an array of distinct ids, found by hash: an open-addressing table of positions, one
 * pair of {@code int} arrays. A hash map from id to boxed position was an entry and an {@code Integer} per id, 53,000
 * objects for the 5,000-service model's nodes and calls, built on every analysis and copied by the young
 * collections during it. Immutable; the ids array is kept, not copied, and must not change.
 */
public final class IdNumbers {

    private final ElementId[] ids;
    /** Position + 1 of the id hashed to each slot by linear probing; 0 for an empty slot. At most half full. */
    private final int[] slots;
    /**
     * The spread hash of the id in each slot. A probe compares these before ids, so it reads no other id than the
     * one it finds: each comparison of ids reads both ids' strings, which on large models are rarely cached.
     */
    private final int[] hashes;

    private IdNumbers(ElementId[] ids) {
        this.ids = ids;
        // The smallest power of two at least twice the count: a 20,000-call model's table stays a quarter of a
        // megabyte, under the size G1 allocates as a humongous object.
        this.slots = new int[Integer.highestOneBit(Math.max(1, 2 * ids.length - 1)) << 1];
        this.hashes = new int[slots.length];
        int mask = slots.length - 1;
        for (int i = 0; i < ids.length; i++) {
            int hash = spread(ids[i].hashCode());
            int at = hash & mask;
            while (slots[at] != 0) {
                if (hashes[at] == hash && ids[slots[at] - 1].equals(ids[i])) {
                    throw new IllegalArgumentException("duplicate id " + ids[i].value());
                }
                at = (at + 1) & mask;
            }
            slots[at] = i + 1;
            hashes[at] = hash;
        }
    }

    /** Numbers the ids of {@code ids} by their position; the ids must be distinct and non-null. */
    public static IdNumbers of(ElementId[] ids) {
        return new IdNumbers(ids);
    }

    /** The position of {@code id}, or -1 when it is not one of the ids. */
    public int numberOf(ElementId id) {
        int mask = slots.length - 1;
        int hash = spread(id.hashCode());
        for (int at = hash & mask; ; at = (at + 1) & mask) {
            int slot = slots[at];
            if (slot == 0) {
                return -1;
            }
            if (hashes[at] == hash) {
                ElementId candidate = ids[slot - 1];
                if (candidate == id || candidate.equals(id)) {
                    return slot - 1;
                }
            }
        }
    }

    /** How many ids are numbered. */
    public int size() {
        return ids.length;
    }

    /** Mixes the high bits in, as {@link java.util.HashMap} does: id hashes differ mostly in their low digits. */
    private static int spread(int hash) {
        return hash ^ hash >>> 16;
    }
}
