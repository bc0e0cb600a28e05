package org.threatmesh.rules.engine;

import java.util.Arrays;
import org.threatmesh.model.ElementId;
import org.threatmesh.model.attr.AttributeKey;

/**
 * The unknown facts of one element and, for each, the indices of the rules it blocks; kept in fact order (the
 * order of their labels, see {@link FactLabel}). An element has a handful of distinct facts, so small arrays with a
 * linear search replace the tree map and its entries that every element with an unknown used to allocate. Facts
 * are kept as (element, attribute) pairs where the rule reported them so, and no label string is built; the rule
 * sets of all facts share one bit array ({@link #words} words per fact) instead of a bit set each.
 */
final class BlockedFacts {

    private final int words;
    /** Fact {@code i} is {@code (subjects[i], keys[i])} in the sense of {@link FactLabel}. */
    private Object[] subjects = new Object[4];
    private AttributeKey<?>[] keys = new AttributeKey<?>[4];
    /** The rules fact {@code i} blocks, in {@code bits[i * words, (i + 1) * words)}. */
    private long[] bits;
    private int size;

    BlockedFacts(int rules) {
        this.words = (rules + 63) >>> 6;
        this.bits = new long[4 * words];
    }

    /**
     * Forgets every fact, keeping the arrays, so that one instance serves element after element (the assembler
     * keeps one per thread: a fresh one per element, grown to the element's facts, was a tenth of a full
     * analysis' allocation). A fact's bits are cleared when its slot is taken again, so only the references go.
     */
    void clear() {
        Arrays.fill(subjects, 0, size, null);
        Arrays.fill(keys, 0, size, null);
        size = 0;
    }

    /** Records that the fact {@code element.key} blocks rule {@code ruleIndex}. */
    void add(ElementId element, AttributeKey<?> key, int ruleIndex) {
        add((Object) element, key, ruleIndex);
    }

    /** Records that the fact labelled {@code label} (as a rule wrote it) blocks rule {@code ruleIndex}. */
    void add(String label, int ruleIndex) {
        add(label, null, ruleIndex);
    }

    private void add(Object subject, AttributeKey<?> key, int ruleIndex) {
        for (int i = 0; i < size; i++) {
            // Rules evaluated on one element read the same element and key instances, so identity nearly always
            // decides.
            if (subjects[i] == subject && keys[i] == key || FactLabel.equal(subjects[i], keys[i], subject, key)) {
                bits[i * words + (ruleIndex >>> 6)] |= 1L << ruleIndex;
                return;
            }
        }
        if (size == subjects.length) {
            subjects = Arrays.copyOf(subjects, size * 2);
            keys = Arrays.copyOf(keys, size * 2);
            bits = Arrays.copyOf(bits, size * 2 * words);
        }
        int at = size++;
        // Insertion keeps the facts sorted; the lists are short.
        while (at > 0 && FactLabel.compare(subjects[at - 1], keys[at - 1], subject, key) > 0) {
            subjects[at] = subjects[at - 1];
            keys[at] = keys[at - 1];
            System.arraycopy(bits, (at - 1) * words, bits, at * words, words);
            at--;
        }
        subjects[at] = subject;
        keys[at] = key;
        Arrays.fill(bits, at * words, (at + 1) * words, 0L);
        bits[at * words + (ruleIndex >>> 6)] |= 1L << ruleIndex;
    }

    int size() {
        return size;
    }

    /** The subject of the {@code i}-th fact in fact order: an element id, or a label when {@link #key} is null. */
    Object subject(int i) {
        return subjects[i];
    }

    /** The attribute of the {@code i}-th fact; null when the fact is a label string. */
    AttributeKey<?> key(int i) {
        return keys[i];
    }

    /** Words per rule set in {@link #bits}. */
    int words() {
        return words;
    }

    /** The rule sets of all facts, fact {@code i}'s from {@code i * words()}; the caller must not modify it. */
    long[] bits() {
        return bits;
    }
}
