package org.threatmesh.rules.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.threatmesh.rules.Finding;
import org.threatmesh.rules.Severity;

/**
 * Puts a full analysis' findings into report order ({@link FindingAssembler#ORDER}: severity descending, rule id,
 * element id) without comparing findings. Sorting 90,000 findings with the comparator cost two string comparisons
 * per step; instead each finding goes into the bucket of its (severity, rule), and because the elements are visited
 * in id order, every bucket fills up already sorted by element. Equal to sorting with {@code ORDER}, which is total
 * (one finding per rule and element).
 */
final class ReportOrder {

    private static final int SEVERITIES = Severity.values().length;

    /** Rank of each rule id (the needs-review pseudo-rule included) in id order. */
    private final Map<String, Integer> ranks = new HashMap<>();

    /** @param ruleIds the analyzer's rule ids, without the needs-review pseudo-rule */
    ReportOrder(List<String> ruleIds) {
        List<String> ids = new ArrayList<>(ruleIds);
        ids.add(NeedsReview.RULE_ID);
        ids.sort(null);
        for (int i = 0; i < ids.size(); i++) {
            ranks.put(ids.get(i), i);
        }
    }

    /**
     * The bucket of each finding, computed where the element is assembled: evaluating threads do this in parallel,
     * while {@link #of} runs alone and would otherwise chase every finding's rule id.
     */
    int[] bucketsOf(List<Finding> findings) {
        int rules = ranks.size();
        int[] buckets = new int[findings.size()];
        for (int i = 0; i < buckets.length; i++) {
            Finding finding = findings.get(i);
            buckets[i] = (SEVERITIES - 1 - finding.severity().ordinal()) * rules + ranks.get(finding.ruleId());
        }
        return buckets;
    }

    /**
     * The findings of {@code results} in report order.
     *
     * @param inElementOrder one result per element, in element id order (type, then id)
     * @param buckets        for each result, {@link #bucketsOf} its findings
     */
    List<Finding> of(List<ElementResult> inElementOrder, List<int[]> buckets) {
        int[] starts = new int[SEVERITIES * ranks.size() + 1];
        int total = 0;
        for (int[] elementBuckets : buckets) {
            for (int bucket : elementBuckets) {
                starts[bucket + 1]++;
            }
            total += elementBuckets.length;
        }
        for (int bucket = 1; bucket < starts.length; bucket++) {
            starts[bucket] += starts[bucket - 1];
        }
        Finding[] ordered = new Finding[total];
        for (int e = 0; e < inElementOrder.size(); e++) {
            List<Finding> findings = inElementOrder.get(e).findings();
            int[] elementBuckets = buckets.get(e);
            for (int i = 0; i < elementBuckets.length; i++) {
                ordered[starts[elementBuckets[i]]++] = findings.get(i);
            }
        }
        return Arrays.asList(ordered);
    }
}
