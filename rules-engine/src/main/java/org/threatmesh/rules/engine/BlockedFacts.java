package org.threatmesh.rules.engine;

import java.util.BitSet;

/**
 * The unknown facts of one element and, for each, the indices of the rules it blocks; kept in fact order (the
 * order of a sorted map keyed by fact). An element has a handful of distinct facts, so two small arrays with a
 * linear search replace the tree map and its entries that every element with an unknown used to allocate.
 */
final class BlockedFacts {

    private final int rules;
    private String[] facts = new String[4];
    private BitSet[] blocked = new BitSet[4];
    private int size;

    BlockedFacts(int rules) {
        this.rules = rules;
    }

    /** Records that {@code fact} blocks rule {@code ruleIndex}. */
    void add(String fact, int ruleIndex) {
        for (int i = 0; i < size; i++) {
            // Rules evaluated on one element share label instances, so identity nearly always decides.
            if (facts[i] == fact || facts[i].equals(fact)) {
                blocked[i].set(ruleIndex);
                return;
            }
        }
        if (size == facts.length) {
            facts = java.util.Arrays.copyOf(facts, size * 2);
            blocked = java.util.Arrays.copyOf(blocked, size * 2);
        }
        int at = size++;
        // Insertion keeps the facts sorted; the lists are short.
        while (at > 0 && facts[at - 1].compareTo(fact) > 0) {
            facts[at] = facts[at - 1];
            blocked[at] = blocked[at - 1];
            at--;
        }
        facts[at] = fact;
        BitSet rulesBlocked = new BitSet(rules);
        rulesBlocked.set(ruleIndex);
        blocked[at] = rulesBlocked;
    }

    int size() {
        return size;
    }

    /** The {@code i}-th fact in fact order. */
    String fact(int i) {
        return facts[i];
    }

    /** The facts in fact order, as a fresh array. */
    String[] facts() {
        return java.util.Arrays.copyOf(facts, size);
    }

    /** The rules the {@code i}-th fact blocks; the caller must not modify it. */
    BitSet blocked(int i) {
        return blocked[i];
    }
}
