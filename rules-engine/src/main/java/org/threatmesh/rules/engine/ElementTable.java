package org.threatmesh.rules.engine;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import org.threatmesh.model.ElementId;

/**
 * The results of a full run by element id: an open-addressing table over the results themselves (each knows its
 * element), immutable. A hash map of the 5,000-service model's 26,700 elements was as many entry objects, built
 * after the parallel phase and copied, with the result they belong to, by every young collection that met them; this
 * is two arrays.
 */
final class ElementTable {

    /** The results in the order given, for iteration. */
    private final ElementResult[] results;
    /** Linear probing, at most half full; a slot holds a result or null. */
    private final ElementResult[] slots;

    /** A table of {@code results}, whose elements must be distinct. */
    ElementTable(List<ElementResult> results) {
        this.results = results.toArray(new ElementResult[0]);
        this.slots = new ElementResult[Math.max(2, Integer.highestOneBit(Math.max(1, this.results.length)) << 2)];
        int mask = slots.length - 1;
        for (ElementResult result : this.results) {
            int at = spread(result.element().hashCode()) & mask;
            while (slots[at] != null) {
                if (slots[at].element().equals(result.element())) {
                    throw new IllegalArgumentException("two results for " + result.element().value());
                }
                at = (at + 1) & mask;
            }
            slots[at] = result;
        }
    }

    /** The result of {@code element}, or null. */
    ElementResult get(ElementId element) {
        int mask = slots.length - 1;
        for (int at = spread(element.hashCode()) & mask; ; at = (at + 1) & mask) {
            ElementResult candidate = slots[at];
            if (candidate == null || candidate.element().equals(element)) {
                return candidate;
            }
        }
    }

    int size() {
        return results.length;
    }

    /** Every result, in the order the table was built from; an unmodifiable view. */
    List<ElementResult> values() {
        return new Values(results);
    }

    /** Mixes the high bits in, as {@link java.util.HashMap} does: id hashes differ mostly in their low digits. */
    private static int spread(int hash) {
        return hash ^ hash >>> 16;
    }

    private static final class Values extends AbstractList<ElementResult> implements RandomAccess {

        private final ElementResult[] results;

        Values(ElementResult[] results) {
            this.results = results;
        }

        @Override
        public ElementResult get(int index) {
            return results[index];
        }

        @Override
        public int size() {
            return results.length;
        }
    }
}
