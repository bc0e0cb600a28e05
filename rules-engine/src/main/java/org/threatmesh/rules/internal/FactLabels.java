package org.threatmesh.rules.internal;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import org.threatmesh.model.ElementId;
import org.threatmesh.model.attr.AttributeKey;

/**
 * An immutable list of unknown-fact labels ({@code e-cart.tls}) kept as (element, attribute) pairs; each label is
 * built when read. A full analysis of the 5,000-service model reports 190,000 unknown outcomes that nearly never
 * share a label, and their strings were 12 MB of the live result that every young collection during the analysis
 * copied; the pairs point at the model's own id and the attribute key. The engine reads the pairs directly
 * ({@link #element}, {@link #key}) and builds no label at all.
 */
public final class FactLabels extends AbstractList<String> implements RandomAccess {

    // Most blocked checks wait on one fact: that one is held in two fields, with no array.
    private final ElementId element;
    private final AttributeKey<?> key;
    /** Element and key of fact {@code i} at {@code 2i} and {@code 2i + 1}; null when there is one fact. */
    private final Object[] pairs;

    private FactLabels(ElementId element, AttributeKey<?> key, Object[] pairs) {
        this.element = element;
        this.key = key;
        this.pairs = pairs;
    }

    /** The label of one fact. */
    public static List<String> of(ElementId element, AttributeKey<?> key) {
        return new FactLabels(java.util.Objects.requireNonNull(element, "element"),
                java.util.Objects.requireNonNull(key, "key"), null);
    }

    /**
     * The first {@code count} facts of {@code pairs}, which holds fact {@code i}'s element and key at {@code 2i} and
     * {@code 2i + 1}, in a new array of their own (for {@link #wrapping}), checked to hold neither a null element nor
     * a null key.
     */
    public static Object[] copyPairs(Object[] pairs, int count) {
        Object[] copy = java.util.Arrays.copyOf(pairs, 2 * count);
        for (int i = 0; i < copy.length; i += 2) {
            java.util.Objects.requireNonNull(copy[i], "element");
            java.util.Objects.requireNonNull(copy[i + 1], "key");
        }
        return copy;
    }

    /**
     * The engine's own pair array behind {@code labels}, not copied, when {@code labels} is a list of two or more
     * facts made here; otherwise null. The array must not be modified: callers keep it instead of the list, and
     * give it back to {@link #wrapping} to read it.
     */
    public static Object[] pairsOf(List<String> labels) {
        return labels instanceof FactLabels facts ? facts.pairs : null;
    }

    /** The labels of the facts in {@code pairs}, an array that {@link #pairsOf} returned; not copied. */
    public static List<String> wrapping(Object[] pairs) {
        return new FactLabels(null, null, pairs);
    }

    /** The label an unknown fact is reported under, for example {@code e-cart.tls}. */
    public static String label(ElementId element, AttributeKey<?> key) {
        return element.value() + "." + key.name();
    }

    /** The element fact {@code i} is about. */
    public ElementId element(int i) {
        return pairs == null ? element : (ElementId) pairs[2 * i];
    }

    /** The attribute of fact {@code i}. */
    public AttributeKey<?> key(int i) {
        return pairs == null ? key : (AttributeKey<?>) pairs[2 * i + 1];
    }

    @Override
    public String get(int index) {
        java.util.Objects.checkIndex(index, size());
        return label(element(index), key(index));
    }

    @Override
    public int size() {
        return pairs == null ? 1 : pairs.length / 2;
    }

    @Override
    public boolean equals(Object other) {
        if (other instanceof FactLabels labels && labels.size() == size()) {
            // Same pairs give the same labels; compared without building them (incremental analysis compares
            // the outcomes of re-evaluated elements).
            boolean same = true;
            for (int i = 0; i < size() && same; i++) {
                same = element(i).value().equals(labels.element(i).value())
                        && key(i).name().equals(labels.key(i).name());
            }
            if (same) {
                return true;
            }
        }
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
