package org.threatmesh.rules.engine;

import java.util.List;
import java.util.Set;
import org.threatmesh.rules.Reference;
import org.threatmesh.rules.RuleKind;
import org.threatmesh.rules.RuleMetadata;
import org.threatmesh.rules.Severity;
import org.threatmesh.rules.Strategy;
import org.threatmesh.rules.Targets;

/**
 * The engine's needs-review pseudo-rule. Every element whose checks are blocked by unknown facts gets exactly one
 * finding {@code needs-review@<element>} listing each unknown fact and the rules and strategies waiting on it.
 *
 * <p>Severity policy: the highest base severity among the blocked rules, lowered one level (an unknown is a gap in
 * the model, not a confirmed weakness), never below low. So a missing fact that blocks a critical check still
 * sorts near the top of the to-do list, but never outranks a confirmed finding of the same rule.
 */
public final class NeedsReview {

    /** The pseudo-rule id; no built-in or pack rule may use it. */
    public static final String RULE_ID = "needs-review";

    /** Metadata of the pseudo-rule, used by the findings it produces. */
    public static final RuleMetadata METADATA = new RuleMetadata(RULE_ID, "Unknown facts block checks",
            "Unknown attribute values are never treated as safe; every check they block stays undecided until "
                    + "someone fills them in.",
            "Fill in the listed attributes in the model; each one unblocks the checks named next to it.",
            Severity.LOW, "highest blocked rule severity, lowered one level",
            Set.of(), List.of(Strategy.values()), List.of(new Reference(Reference.SP800_204, "§4-§5")),
            Targets.model(), List.of(), RuleKind.CHECK, false);

    private NeedsReview() {
    }

    /** The needs-review severity for blocked rules whose highest base severity is {@code highestBlocked}. */
    public static Severity severityFor(Severity highestBlocked) {
        return highestBlocked.lower();
    }
}
