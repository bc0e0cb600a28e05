package org.threatmesh.rules.engine;

import java.util.Arrays;

/**
 * A set of rule indices, as {@code length} words of a bit array from {@code from}, used as a cache key. Lookups
 * use a probe that points into the caller's array and is re-pointed for each set, so finding the wording of a set
 * allocates nothing; only a set seen for the first time is copied into a key of its own. The hash spreads the bits:
 * {@link java.util.BitSet#hashCode} folds the words together, which put thousands of distinct sets into a few bins.
 */
final class RuleSetKey {

    private long[] words;
    private int from;
    private int length;
    private int hash;

    /** A probe to be {@link #pointAt pointed} at a set before use. */
    RuleSetKey() {
    }

    /** Points this probe at the set in {@code words[from, from + length)}; returns this. */
    RuleSetKey pointAt(long[] words, int from, int length) {
        this.words = words;
        this.from = from;
        this.length = length;
        long spread = 0;
        for (int i = 0; i < length; i++) {
            long word = words[from + i];
            while (word != 0) {
                int index = 64 * i + Long.numberOfTrailingZeros(word);
                spread = (spread + index + 1) * 0x9E3779B97F4A7C15L;
                word &= word - 1;
            }
        }
        this.hash = (int) (spread ^ (spread >>> 32));
        return this;
    }

    /** A key of its own holding a copy of the set this probe points at. */
    RuleSetKey copy() {
        RuleSetKey key = new RuleSetKey();
        key.words = Arrays.copyOfRange(words, from, from + length);
        key.length = length;
        key.hash = hash;
        return key;
    }

    /** Whether rule {@code index} is in the set. */
    boolean contains(int index) {
        int word = index >>> 6;
        return word < length && (words[from + word] & 1L << index) != 0;
    }

    /** The next rule index in the set at or after {@code index}, or -1. */
    int nextRule(int index) {
        for (int i = index >>> 6; i < length; i++) {
            long word = words[from + i];
            if (i == index >>> 6) {
                word &= -1L << (index & 63);
            }
            if (word != 0) {
                return 64 * i + Long.numberOfTrailingZeros(word);
            }
        }
        return -1;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RuleSetKey key && key.hash == hash
                && Arrays.equals(words, from, from + length, key.words, key.from, key.from + key.length);
    }

    @Override
    public int hashCode() {
        return hash;
    }
}
