package org.threatmesh.app.findings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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

    /**
     * The analysis's report order: severity descending, then rule id, then element id. Total on findings, since a
     * rule fires at most once per element.
     */
    static final Comparator<Finding> REPORT_ORDER = Comparator.comparing(Finding::severity).reversed()
            .thenComparing(Finding::ruleId).thenComparing(Finding::element);

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
        return scope.isPresent() ? patchElements(base, result, scope.get(), filter) : compareAll(base, result, filter);
    }

    /** Re-derives only the rows of {@code elements}: the rest of {@code base} is known to be unchanged. */
    private static RowPatch patchElements(List<Finding> base, AnalysisResult result, Set<ElementId> elements,
            FindingFilter filter) {
        Set<Finding> now = new HashSet<>();
        for (ElementId element : elements) {
            for (Finding finding : result.findingsFor(element)) {
                if (filter.matches(finding, BadgePatch.effectiveStatus(finding, result))) {
                    now.add(finding);
                }
            }
        }
        List<Finding> kept = new ArrayList<>(base.size() + now.size());
        List<Integer> removed = new ArrayList<>();
        for (int i = 0; i < base.size(); i++) {
            Finding finding = base.get(i);
            if (elements.contains(finding.element()) && !now.remove(finding)) {
                removed.add(i);
            } else {
                kept.add(finding);
            }
        }
        // What is left in now entered; merge it into the kept rows in report order.
        List<Finding> entering = new ArrayList<>(now);
        entering.sort(REPORT_ORDER);
        List<Finding> next = new ArrayList<>(kept.size() + entering.size());
        List<Integer> inserted = new ArrayList<>();
        int k = 0;
        for (Finding finding : entering) {
            while (k < kept.size() && REPORT_ORDER.compare(kept.get(k), finding) < 0) {
                next.add(kept.get(k++));
            }
            inserted.add(next.size());
            next.add(finding);
        }
        next.addAll(kept.subList(k, kept.size()));
        return new RowPatch(next, removed, inserted);
    }

    /** Filters every finding and compares the outcome with {@code base} row by row. */
    private static RowPatch compareAll(List<Finding> base, AnalysisResult result, FindingFilter filter) {
        List<Finding> next = new ArrayList<>();
        for (Finding finding : result.findings()) {
            if (filter.matches(finding, BadgePatch.effectiveStatus(finding, result))) {
                next.add(finding);
            }
        }
        Set<Finding> before = new HashSet<>(base);
        Set<Finding> after = new HashSet<>(next);
        List<Integer> inserted = new ArrayList<>();
        for (int i = 0; i < next.size(); i++) {
            if (!before.contains(next.get(i))) {
                inserted.add(i);
            }
        }
        List<Integer> removed = new ArrayList<>();
        for (int i = 0; i < base.size(); i++) {
            if (!after.contains(base.get(i))) {
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
