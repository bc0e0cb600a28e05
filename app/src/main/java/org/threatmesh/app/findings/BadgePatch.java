package org.threatmesh.app.findings;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.threatmesh.model.ElementId;
import org.threatmesh.model.ModelId;
import org.threatmesh.model.TriageStatus;
import org.threatmesh.rules.Finding;
import org.threatmesh.rules.engine.AnalysisResult;

/**
 * How the overlay's badges change from one analysis result to the next: the entries that differ. When the change is
 * confined to a few elements (an edit re-analysed incrementally, see {@link AnalysisResult#changedSince}) only their
 * findings are looked at, which is cheap enough for the UI thread; otherwise every finding is grouped per element,
 * which belongs on a background thread. Toolkit-free.
 *
 * @param put     badges that are new or differ from the current ones
 * @param removed elements that have a badge now and should have none
 */
record BadgePatch(Map<ElementId, Badge> put, Set<ElementId> removed) {

    BadgePatch {
        put = Map.copyOf(put);
        removed = Set.copyOf(removed);
    }

    /**
     * @param current the badges shown now, derived from an earlier result with the same filter; only read
     * @param result  the newest result
     * @param scope   elements whose findings may differ since {@code current} was derived; empty for all elements
     * @param filter  which findings count, without an element restriction
     */
    static BadgePatch derive(Map<ElementId, Badge> current, AnalysisResult result, Optional<Set<ElementId>> scope,
            FindingFilter filter) {
        Map<ElementId, Badge> put = new HashMap<>();
        Set<ElementId> removed = new HashSet<>();
        if (scope.isPresent()) {
            for (ElementId element : scope.get()) {
                compare(element, current.get(element), badgeOf(result.findingsFor(element), result, filter), put,
                        removed);
            }
        } else {
            Map<ElementId, Badge> next = group(result, filter);
            for (Map.Entry<ElementId, Badge> entry : current.entrySet()) {
                if (!next.containsKey(entry.getKey())) {
                    removed.add(entry.getKey());
                }
            }
            next.forEach((element, badge) -> compare(element, current.get(element), badge, put, removed));
        }
        return new BadgePatch(put, removed);
    }

    /** Whether applying this patch changes nothing. */
    boolean isEmpty() {
        return put.isEmpty() && removed.isEmpty();
    }

    /** Applies the patch to {@code target}, which holds the badges it was derived from. */
    void applyTo(Map<ElementId, Badge> target) {
        target.keySet().removeAll(removed);
        target.putAll(put);
    }

    private static void compare(ElementId element, Badge old, Badge now, Map<ElementId, Badge> put,
            Set<ElementId> removed) {
        if (now == null) {
            if (old != null) {
                removed.add(element);
            }
        } else if (!now.equals(old)) {
            put.put(element, now);
        }
    }

    private static Map<ElementId, Badge> group(AnalysisResult result, FindingFilter filter) {
        Map<ElementId, Badge> badges = new HashMap<>();
        for (Finding finding : result.findings()) {
            if (counts(finding, result, filter)) {
                badges.merge(finding.element(), new Badge(1, finding.severity()), (old, one) -> old.plus(one.worst()));
            }
        }
        return badges;
    }

    private static Badge badgeOf(List<Finding> findings, AnalysisResult result, FindingFilter filter) {
        Badge badge = null;
        for (Finding finding : findings) {
            if (counts(finding, result, filter)) {
                badge = badge == null ? new Badge(1, finding.severity()) : badge.plus(finding.severity());
            }
        }
        return badge;
    }

    private static boolean counts(Finding finding, AnalysisResult result, FindingFilter filter) {
        return !(finding.element() instanceof ModelId) && filter.matches(finding, effectiveStatus(finding, result));
    }

    /** Open when undecided or its decision expired; otherwise the decision's status. */
    static TriageStatus effectiveStatus(Finding finding, AnalysisResult result) {
        return result.isOpen(finding) ? TriageStatus.OPEN : finding.status();
    }
}
