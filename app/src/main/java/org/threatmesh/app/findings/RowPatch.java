package org.threatmesh.app.findings;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.threatmesh.model.ElementId;
import org.threatmesh.rules.Finding;
import org.threatmesh.rules.engine.AnalysisResult;

/**
 * How the findings table's rows change from one analysis result to the next: the complete new row list (report
 * order) and the positions of the rows that leave and enter. Derived off the UI thread, so the UI thread only
 * removes and inserts the few rows an edit changed and the table keeps its sort, scroll and selection of every
 * other row. Toolkit-free.
 *
 * @param rows     every row after the change, in report order, unmodifiable
 * @param removed  indices in the previous rows of the rows that leave, ascending
 * @param inserted indices in {@link #rows()} of the rows that enter, ascending
 */
record RowPatch(List<Finding> rows, List<Integer> removed, List<Integer> inserted) {

    /** Above this many removed plus inserted rows, replacing the whole list is cheaper than patching it. */
    static final int MAX_PATCH = 256;

    RowPatch {
        rows = List.copyOf(rows);
        removed = List.copyOf(removed);
        inserted = List.copyOf(inserted);
    }

    /**
     * @param base   the rows currently shown, derived from an earlier result with the same filter
     * @param result the newest result
     * @param scope  elements whose findings may differ since {@code base} was derived; empty for all elements
     * @param filter which findings to show
     */
    static RowPatch derive(List<Finding> base, AnalysisResult result, Optional<Set<ElementId>> scope,
            FindingFilter filter) {
        List<Finding> next = new ArrayList<>();
        for (Finding finding : result.findings()) {
            if (filter.matches(finding, BadgePatch.effectiveStatus(finding, result))) {
                next.add(finding);
            }
        }
        // Only findings on changed elements can leave or enter; the rest are equal in both lists.
        Predicate<Finding> mayDiffer = scope.<Predicate<Finding>>map(elements -> f -> elements.contains(f.element()))
                .orElse(f -> true);
        Set<Finding> before = new HashSet<>();
        for (Finding finding : base) {
            if (mayDiffer.test(finding)) {
                before.add(finding);
            }
        }
        Set<Finding> after = new HashSet<>();
        List<Integer> inserted = new ArrayList<>();
        for (int i = 0; i < next.size(); i++) {
            Finding finding = next.get(i);
            if (mayDiffer.test(finding)) {
                after.add(finding);
                if (!before.contains(finding)) {
                    inserted.add(i);
                }
            }
        }
        List<Integer> removed = new ArrayList<>();
        for (int i = 0; i < base.size(); i++) {
            Finding finding = base.get(i);
            if (mayDiffer.test(finding) && !after.contains(finding)) {
                removed.add(i);
            }
        }
        return new RowPatch(next, removed, inserted);
    }

    /** Whether applying this patch changes nothing. */
    boolean isEmpty() {
        return removed.isEmpty() && inserted.isEmpty();
    }

    /**
     * Turns {@code target}, which holds the rows this patch was derived from, into {@link #rows()}: row by row when
     * few rows change, so list observers see small changes, otherwise in one replacement.
     */
    void applyTo(List<Finding> target) {
        if (removed.size() + inserted.size() > MAX_PATCH) {
            if (target instanceof javafx.collections.ObservableList<Finding> observable) {
                observable.setAll(rows);
            } else {
                target.clear();
                target.addAll(rows);
            }
            return;
        }
        for (int i = removed.size() - 1; i >= 0; i--) {
            target.remove((int) removed.get(i));
        }
        // Ascending final positions: every row before an insertion point is already in place.
        for (int index : inserted) {
            target.add(index, rows.get(index));
        }
    }
}
