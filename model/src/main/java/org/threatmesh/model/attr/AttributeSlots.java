package org.threatmesh.model.attr;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Dense numbers for attribute names, so that {@link Attributes} can find a value by position instead of scanning
 * its names: each distinct name gets the next number when first seen (every catalog key's name when its key is
 * built, names outside the catalog when attributes holding them are first read), and keeps it for the life of the
 * JVM. Keys declared for several element types under one name share the number.
 *
 * <p>A {@link Layout} maps a sorted name array to positions. Elements of one kind mostly carry the same names, so
 * layouts are shared between attribute sets with equal names, up to a bound: past it, a set builds a layout of its
 * own, so memory stays bounded whatever names a long session sees. Thread-safe.
 */
final class AttributeSlots {

    /** How many distinct name arrays keep a shared layout. */
    private static final int SHARED_LAYOUTS = 4_096;

    private static final ConcurrentHashMap<String, Integer> SLOTS = new ConcurrentHashMap<>();
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final ConcurrentHashMap<NameList, Layout> LAYOUTS = new ConcurrentHashMap<>();

    private AttributeSlots() {
    }

    /** The number of {@code name}. */
    static int slotOf(String name) {
        Integer slot = SLOTS.get(name);
        return slot != null ? slot : SLOTS.computeIfAbsent(name, n -> NEXT.getAndIncrement());
    }

    /** The layout of attribute sets whose names are {@code names} (sorted, canonical; not modified). */
    static Layout layoutOf(String[] names) {
        NameList key = new NameList(names);
        Layout shared = LAYOUTS.get(key);
        if (shared != null) {
            return shared;
        }
        Layout built = Layout.of(names);
        if (LAYOUTS.size() >= SHARED_LAYOUTS) {
            return built;
        }
        Layout raced = LAYOUTS.putIfAbsent(key, built);
        return raced != null ? raced : built;
    }

    /**
     * Where each name of one name array sits: {@code positions[slot - base]} is the name's index plus one, zero
     * for a name the array does not hold. Immutable; its fields are final, so a layout read through a data race
     * is seen complete.
     */
    static final class Layout {

        /** Position tables hold an index in a byte; attribute sets with more names than this are scanned. */
        private static final int MAX_INDEXED = 255;

        private final int base;
        private final byte[] positions;

        private Layout(int base, byte[] positions) {
            this.base = base;
            this.positions = positions;
        }

        static Layout of(String[] names) {
            if (names.length == 0 || names.length > MAX_INDEXED) {
                return new Layout(0, null);
            }
            int[] slots = new int[names.length];
            int low = Integer.MAX_VALUE;
            int high = Integer.MIN_VALUE;
            for (int i = 0; i < names.length; i++) {
                slots[i] = slotOf(names[i]);
                low = Math.min(low, slots[i]);
                high = Math.max(high, slots[i]);
            }
            byte[] positions = new byte[high - low + 1];
            for (int i = 0; i < names.length; i++) {
                positions[slots[i] - low] = (byte) (i + 1);
            }
            return new Layout(low, positions);
        }

        /** Whether {@link #indexOf} answers; otherwise the caller scans. */
        boolean indexed() {
            return positions != null;
        }

        /** The index of the name numbered {@code slot}, or -1 when the array does not hold it. */
        int indexOf(int slot) {
            int at = slot - base;
            return at >= 0 && at < positions.length ? (positions[at] & 0xFF) - 1 : -1;
        }
    }

    /** A name array as a hash key; names are canonical, so they compare by identity. */
    private record NameList(String[] names) {

        @Override
        public boolean equals(Object other) {
            if (!(other instanceof NameList list) || list.names.length != names.length) {
                return false;
            }
            for (int i = 0; i < names.length; i++) {
                if (list.names[i] != names[i]) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(names);
        }
    }
}
