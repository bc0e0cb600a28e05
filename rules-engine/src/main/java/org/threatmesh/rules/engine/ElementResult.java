package org.threatmesh.rules.engine;

import java.util.List;
import org.threatmesh.model.ElementId;
import org.threatmesh.rules.Finding;
import org.threatmesh.rules.Outcome;

/**
 * The outcomes of the rules evaluated on one element and the findings derived from them in report order.
 *
 * <p>Outcomes are kept only for the rules that target the element: {@code ruleIndices[k]} is the analyzer's index
 * of the rule whose outcome is {@code outcomes[k]}, and {@code slotOf} maps back ({@code -1} where no rule slot
 * exists). A node is targeted by about a quarter of the rules, so an array over all rules per element was mostly
 * nulls: 13 MB of a 5,000-service result that every young collection during the analysis had to copy. Both index
 * arrays are shared by every element of the same type or node kind.
 */
final class ElementResult {

    private final ElementId element;
    /** The display name; see {@link Evaluations#nameOf}. */
    private final CharSequence name;
    private final Outcome[] outcomes;
    private final int[] ruleIndices;
    private final int[] slotOf;
    private final List<Finding> findings;

    ElementResult(ElementId element, CharSequence name, Outcome[] outcomes, int[] ruleIndices, int[] slotOf,
            List<Finding> findings) {
        this.element = element;
        this.name = name;
        this.outcomes = outcomes;
        this.ruleIndices = ruleIndices;
        this.slotOf = slotOf;
        this.findings = findings;
    }

    ElementId element() {
        return element;
    }

    CharSequence name() {
        return name;
    }

    List<Finding> findings() {
        return findings;
    }

    /** The outcome of rule {@code ruleIndex}; {@code null} where the rule does not target this element. */
    Outcome outcome(int ruleIndex) {
        int slot = slotOf[ruleIndex];
        return slot < 0 ? null : outcomes[slot];
    }

    /** A fresh array of every rule's outcome, indexed like the analyzer's rule list ({@code null} where none). */
    Outcome[] outcomes() {
        Outcome[] all = new Outcome[slotOf.length];
        for (int k = 0; k < outcomes.length; k++) {
            all[ruleIndices[k]] = outcomes[k];
        }
        return all;
    }

    /** Same outcomes, name and findings (triage included): nothing a report could show differs. */
    boolean sameAs(ElementResult other) {
        return other != null && (name == other.name || name.toString().equals(other.name.toString()))
                && java.util.Arrays.equals(outcomes(), other.outcomes()) && findings.equals(other.findings);
    }
}
