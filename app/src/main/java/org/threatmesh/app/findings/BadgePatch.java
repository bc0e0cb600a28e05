package org.threatmesh.app.findings;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.threatmesh.model.ElementId;
import org.threatmesh.model.ModelId;
import org.threatmesh.rules.Finding;
import org.threatmesh.rules.engine.AnalysisResult;

/**
 * How the overlay's badges change from one analysis result to the next: the complete new set of badges and the
 * few entries that differ from the previous set. Derived off the UI thread (grouping thousands of findings per
 * element), so the UI thread only applies {@link #put()} and {@link #removed()}. Toolkit-free.
 *
 * @param badges  every badge after the change, unmodifiable
 * @param put     badges that are new or differ from the previous set
 * @param removed elements that had a badge and have none now
 */
record BadgePatch(Map<ElementId, Badge> badges, Map<ElementId, Badge> put, Set<ElementId> removed) {

    BadgePatch {
        badges = Map.copyOf(badges);
        put = Map.copyOf(put);
        removed = Set.copyOf(removed);
    }

    /**
     * @param base   the badges currently shown, derived from an earlier result with the same filter
     * @param result the newest result
     * @param scope  elements whose findings may differ since {@code base} was derived; empty for all elements
     * @param filter which findings count, without an element restriction
     */
    static BadgePatch derive(Map<ElementId, Badge> base, AnalysisResult result, Optional<Set<ElementId>> scope,
            FindingFilter filter) {
        Map<ElementId, Badge> next;
        Iterable<ElementId> candidates;
        if (scope.isPresent()) {
            next = new HashMap<>(base);
            for (ElementId element : scope.get()) {
                Badge badge = badgeOf(result.findingsFor(element), result, filter);
                if (badge == null) {
                    next.remove(element);
                } else {
                    next.put(element, badge);
                }
            }
            candidates = scope.get();
        } else {
            next = group(result, filter);
            Set<ElementId> all = new java.util.HashSet<>(base.keySet());
            all.addAll(next.keySet());
            candidates = all;
        }
        Map<ElementId, Badge> put = new HashMap<>();
        Set<ElementId> removed = new java.util.HashSet<>();
        for (ElementId element : candidates) {
            Badge now = next.get(element);
            if (now == null) {
                if (base.containsKey(element)) {
                    removed.add(element);
                }
            } else if (!now.equals(base.get(element))) {
                put.put(element, now);
            }
        }
        return new BadgePatch(next, put, removed);
    }

    /** Whether applying this patch changes nothing. */
    boolean isEmpty() {
        return put.isEmpty() && removed.isEmpty();
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
    static org.threatmesh.model.TriageStatus effectiveStatus(Finding finding, AnalysisResult result) {
        return result.isOpen(finding) ? org.threatmesh.model.TriageStatus.OPEN : finding.status();
    }
}
