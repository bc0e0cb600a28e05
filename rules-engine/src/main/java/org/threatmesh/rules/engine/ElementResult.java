package org.threatmesh.rules.engine;

import java.util.List;
import org.threatmesh.model.ElementId;
import org.threatmesh.rules.Finding;
import org.threatmesh.rules.Outcome;

/**
 * The outcomes of every rule evaluated on one element, indexed like the analyzer's rule list ({@code null} where a
 * rule does not target the element), and the findings derived from them in report order.
 */
record ElementResult(ElementId element, String name, Outcome[] outcomes, List<Finding> findings) {

    Outcome outcome(int ruleIndex) {
        return outcomes[ruleIndex];
    }

    /** Same outcomes, name and findings (triage included): nothing a report could show differs. */
    boolean sameAs(ElementResult other) {
        return other != null && name.equals(other.name) && java.util.Arrays.equals(outcomes, other.outcomes)
                && findings.equals(other.findings);
    }
}
