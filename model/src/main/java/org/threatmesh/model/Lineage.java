package org.threatmesh.model;

import java.util.Optional;
import java.util.Set;
import org.pcollections.HashTreePSet;
import org.pcollections.PSet;

/**
 * Which elements a snapshot may have changed relative to the other snapshots of its line: all snapshots derived
 * from one another by single-element edits share a line token, and each records the ids it touched since the line
 * began. Two snapshots of one line can differ only in the union of their records, so comparing them costs time in
 * proportion to the edits, not to the model. A line is restarted once its record grows large, and snapshots built
 * whole (loaded from a file) start their own. Holds no reference to other snapshots, so it keeps none alive.
 */
record Lineage(Object line, PSet<ElementId> touched) {

    private static final int MAX_TOUCHED = 1024;

    static Lineage fresh() {
        return new Lineage(new Object(), HashTreePSet.empty());
    }

    /** The lineage of a snapshot derived from this one by an edit of {@code element}. */
    Lineage touch(ElementId element) {
        if (touched.size() >= MAX_TOUCHED) {
            return new Lineage(new Object(), HashTreePSet.singleton(element));
        }
        return touched.contains(element) ? this : new Lineage(line, touched.plus(element));
    }

    /** The elements that may differ between the snapshots of these lineages, when they share a line. */
    Optional<Set<ElementId>> mayDifferFrom(Lineage other) {
        if (line != other.line) {
            return Optional.empty();
        }
        return Optional.of(touched.plusAll(other.touched));
    }
}
