package org.threatmesh.rules.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.threatmesh.rules.Finding;

/** Updates a sorted, duplicate-free findings list in place of a full re-sort. */
final class SortedFindings {

    private SortedFindings() {
    }

    /**
     * {@code current} without {@code removed} and with {@code added}, in {@code order}. The order must be total on
     * findings (rule id and element id make every finding unique), so binary search finds exact positions.
     */
    static List<Finding> update(List<Finding> current, List<Finding> removed, List<Finding> added,
            Comparator<Finding> order) {
        if (removed.isEmpty() && added.isEmpty()) {
            return current;
        }
        List<Finding> result = new ArrayList<>(current.size() + added.size());
        result.addAll(current);
        List<Finding> toRemove = new ArrayList<>(removed);
        toRemove.sort(order.reversed());
        for (Finding finding : toRemove) {
            int position = Collections.binarySearch(result, finding, order);
            if (position >= 0) {
                result.remove(position);
            }
        }
        for (Finding finding : added) {
            int position = Collections.binarySearch(result, finding, order);
            result.add(position >= 0 ? position : -position - 1, finding);
        }
        return result;
    }
}
