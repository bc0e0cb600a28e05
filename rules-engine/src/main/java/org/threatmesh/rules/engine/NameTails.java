package org.threatmesh.rules.engine;

/**
 * Shared copies of the attribute names that end unknown-fact labels ({@code tls} in {@code e-cart.tls}), found
 * without cutting the label: a full analysis of the 5,000-service model writes 150,000 needs-review evidence lines
 * over a few dozen attribute names, and a substring per line was 10 MB of garbage per run. Thread-safe: readers
 * see an immutable table; a new name replaces it under a lock.
 */
final class NameTails {

    /** Open addressing, at most half full; names beyond that are simply not shared. */
    private static final int SLOTS = 256;

    private volatile String[] table = new String[SLOTS];
    private int size;

    /** {@code label.substring(from)}, as a shared instance when this tail was seen before. */
    String tailOf(String label, int from) {
        int length = label.length() - from;
        int hash = 0;
        for (int i = from; i < label.length(); i++) {
            hash = 31 * hash + label.charAt(i);
        }
        String[] names = table;
        for (int slot = spread(hash); ; slot = (slot + 1) & (SLOTS - 1)) {
            String name = names[slot];
            if (name == null) {
                return remember(label.substring(from));
            }
            if (name.length() == length && label.startsWith(name, from)) {
                return name;
            }
        }
    }

    private synchronized String remember(String name) {
        String[] names = table;
        for (int slot = spread(name.hashCode()); ; slot = (slot + 1) & (SLOTS - 1)) {
            if (names[slot] == null) {
                if (size < SLOTS / 2) {
                    String[] grown = names.clone();
                    grown[slot] = name;
                    size++;
                    table = grown;
                }
                return name;
            }
            if (names[slot].equals(name)) {
                return names[slot];
            }
        }
    }

    private static int spread(int hash) {
        return (hash ^ (hash >>> 16)) & (SLOTS - 1);
    }
}
