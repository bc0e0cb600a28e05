package org.threatmesh.rules.engine;

import java.util.List;
import org.threatmesh.model.ElementId;
import org.threatmesh.rules.internal.ById;

/**
 * The results of a full run by element id, immutable: the results in an array, found through {@link ById}. A hash
 * map of the 5,000-service model's 26,700 elements was as many entry objects, built after the parallel phase and
 * copied, with the result they belong to, by every young collection that met them; this is three arrays.
 */
final class ElementTable {

    /** The results in the order given; {@link #byElement} reads the same array. */
    private final ElementResult[] results;
    private final ById<ElementResult> byElement;

    /**
     * A table of {@code results}, whose elements must be distinct.
     *
     * @throws IllegalArgumentException when two results are for the same element
     */
    ElementTable(List<ElementResult> results) {
        this.results = results.toArray(new ElementResult[0]);
        ElementId[] elements = new ElementId[this.results.length];
        for (int i = 0; i < elements.length; i++) {
            elements[i] = this.results[i].element();
        }
        this.byElement = ById.of(elements, this.results);
    }

    /** The result of {@code element}, or null. */
    ElementResult get(ElementId element) {
        return byElement.get(element);
    }

    int size() {
        return results.length;
    }

    /** Every result, in the order the table was built from; an unmodifiable view. */
    List<ElementResult> values() {
        return new ArrayView<>(results);
    }
}
