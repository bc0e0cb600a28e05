package org.threatmesh.rules.engine;

import org.threatmesh.rules.Severity;

/**
 * One set of rules that unknown facts block, as every needs-review finding blocked by that set shares it: the set
 * itself, its wording ("unknown; blocks r1, r2 (MS-SS-1, MS-SS-4)"), its strategies as a bit mask of their ordinals,
 * and the highest base severity among its rules.
 *
 * <p>The set is kept, not only its wording, because it is how an element's result answers which facts blocked one
 * rule (see {@link NeedsReviewText#unknownFor}) without keeping an outcome object per blocked rule.
 */
record BlockedRules(RuleSetKey rules, String wording, int strategyMask, Severity highest) {

    /** Whether the rule with analyzer index {@code ruleIndex} is in the set. */
    boolean blocks(int ruleIndex) {
        return rules.contains(ruleIndex);
    }
}
