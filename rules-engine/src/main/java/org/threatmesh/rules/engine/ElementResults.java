package org.threatmesh.rules.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.threatmesh.model.ElementId;

/**
 * The per-element results of an analysis, immutable. Incremental analysis derives the next results from the
 * previous ones by replacing a few elements, so this keeps the table of a full run as a base and lays replaced and
 * removed elements over it: a derivation costs time in proportion to the edit, and a full run builds one
 * {@link ElementTable} instead of a persistent tree. The overlay is folded into a fresh base once it grows past a
 * fraction of the model, so a lookup is at most two hash probes.
 */
final class ElementResults {

    private static final int MIN_OVERLAY_LIMIT = 256;
    /** Marks an element removed in the overlay. */
    private static final ElementResult REMOVED = new ElementResult(org.threatmesh.model.ModelId.MODEL, "",
            new byte[0], new int[0], new int[0], new org.threatmesh.rules.Finding[0], null);

    private final ElementTable base;
    private final Map<ElementId, ElementResult> overlay;

    private ElementResults(ElementTable base, Map<ElementId, ElementResult> overlay) {
        this.base = base;
        this.overlay = overlay;
    }

    /** Results of a full run, one per element; {@link #values()} keeps their order while nothing is replaced. */
    static ElementResults of(List<ElementResult> results) {
        return new ElementResults(new ElementTable(results), Map.of());
    }

    ElementResult get(ElementId element) {
        if (!overlay.isEmpty()) {
            ElementResult replaced = overlay.get(element);
            if (replaced != null) {
                return replaced == REMOVED ? null : replaced;
            }
        }
        return base.get(element);
    }

    /** These results with {@code element}'s replaced by {@code result} and {@code removed} elements dropped. */
    ElementResults with(Map<ElementId, ElementResult> replaced, Collection<ElementId> removed) {
        if (replaced.isEmpty() && removed.isEmpty()) {
            return this;
        }
        Map<ElementId, ElementResult> next = new HashMap<>(overlay);
        next.putAll(replaced);
        for (ElementId gone : removed) {
            next.put(gone, REMOVED);
        }
        if (next.size() > Math.max(MIN_OVERLAY_LIMIT, base.size() / 16)) {
            return new ElementResults(new ElementTable(merged(base, next)), Map.of());
        }
        return new ElementResults(base, next);
    }

    /** Every element's result, in no particular order. */
    Collection<ElementResult> values() {
        return overlay.isEmpty() ? base.values() : merged(base, overlay);
    }

    /** The results of {@code base} that {@code overlay} does not replace or remove, then the overlay's own. */
    private static List<ElementResult> merged(ElementTable base, Map<ElementId, ElementResult> overlay) {
        List<ElementResult> values = new ArrayList<>(base.size() + overlay.size());
        for (ElementResult result : base.values()) {
            if (!overlay.containsKey(result.element())) {
                values.add(result);
            }
        }
        for (ElementResult result : overlay.values()) {
            if (result != REMOVED) {
                values.add(result);
            }
        }
        return values;
    }
}
