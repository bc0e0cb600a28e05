package org.threatmesh.rules.engine;

import java.util.List;
import org.threatmesh.model.ElementId;
import org.threatmesh.rules.Finding;
import org.threatmesh.rules.Outcome;

/**
 * The outcomes of the rules evaluated on one element and the findings derived from them in report order.
 *
 * <p>Outcomes are kept only for the rules that target the element: {@code ruleIndices[k]} is the analyzer's index
 * of the rule whose outcome is in slot {@code k}, and {@code slotOf} maps back ({@code -1} where no rule slot
 * exists). A node is targeted by about a quarter of the rules, so an array over all rules per element was mostly
 * nulls. Both index arrays are shared by every element of the same type or node kind.
 *
 * <p>Each slot keeps a one-byte code, not the outcome object: a firing outcome is its finding's severity, message
 * and evidence, and an unknown one is the facts the needs-review finding lists for that rule, so both are rebuilt
 * from the findings when asked for. The outcome objects (an array per element and 160,000 unknown outcomes with
 * their fact arrays, 10 MB of the 5,000-service result) were alive through the analysis, and every young collection
 * during it copied them (ADR 0090).
 */
final class ElementResult {

    /** No rule in this slot's layout targets the element (see {@link FindingAssembler}'s all-rules layout). */
    static final byte NONE = 0;
    static final byte PASS = 1;
    static final byte NOT_APPLICABLE = 2;
    static final byte FIRE = 3;
    static final byte UNKNOWN = 4;

    private final ElementId element;
    /** The display name; see {@link Evaluations#nameOf}. */
    private final CharSequence name;
    private final byte[] codes;
    private final int[] ruleIndices;
    private final int[] slotOf;
    /** In report order; read through {@link #findings()}, which wraps it without a copy. */
    private final Finding[] findings;
    /** The needs-review finding's text, which names the facts blocking each rule; null when no fact is unknown. */
    private final NeedsReviewText blocked;

    ElementResult(ElementId element, CharSequence name, byte[] codes, int[] ruleIndices, int[] slotOf,
            Finding[] findings, NeedsReviewText blocked) {
        this.element = element;
        this.name = name;
        this.codes = codes;
        this.ruleIndices = ruleIndices;
        this.slotOf = slotOf;
        this.findings = findings;
        this.blocked = blocked;
    }

    /** The code of {@code outcome}: {@link #NONE} for null. */
    static byte codeOf(Outcome outcome) {
        if (outcome instanceof Outcome.Fire) {
            return FIRE;
        }
        if (outcome instanceof Outcome.Unknown) {
            return UNKNOWN;
        }
        if (outcome instanceof Outcome.Pass) {
            return PASS;
        }
        return outcome instanceof Outcome.NotApplicable ? NOT_APPLICABLE : NONE;
    }

    ElementId element() {
        return element;
    }

    CharSequence name() {
        return name;
    }

    /**
     * The findings in report order; immutable. A view of the kept array: a list object per element was 27,000
     * objects of the 5,000-service result, and copying the assembler's list into it allocated the array twice.
     */
    List<Finding> findings() {
        return findings.length == 0 ? List.of() : new ArrayView<>(findings);
    }

    /** The code of rule {@code ruleIndex}'s outcome; {@link #NONE} where the rule does not target this element. */
    byte code(int ruleIndex) {
        int slot = slotOf[ruleIndex];
        return slot < 0 ? NONE : codes[slot];
    }

    /**
     * The outcome of rule {@code ruleIndex} of {@code rules}, equal to the one the rule returned; {@code null} where
     * the rule does not target this element. Built on each call for firing and unknown outcomes.
     */
    Outcome outcome(int ruleIndex, RuleIndex rules) {
        return switch (code(ruleIndex)) {
            case PASS -> Outcome.PASS;
            case NOT_APPLICABLE -> Outcome.NOT_APPLICABLE;
            case FIRE -> fired(rules.get(ruleIndex).metadata().id());
            case UNKNOWN -> blocked.unknownFor(ruleIndex);
            default -> null;
        };
    }

    private Outcome fired(String ruleId) {
        for (Finding finding : findings) {
            if (finding.ruleId().equals(ruleId)) {
                return new Outcome.Fire(finding.severity(), finding.message(), finding.evidence());
            }
        }
        throw new IllegalStateException("no finding of " + ruleId + " on " + element.value());
    }

    /** A fresh array of every rule's outcome, indexed like {@code rules} ({@code null} where none). */
    Outcome[] outcomes(RuleIndex rules) {
        Outcome[] all = new Outcome[slotOf.length];
        for (int k = 0; k < codes.length; k++) {
            all[ruleIndices[k]] = outcome(ruleIndices[k], rules);
        }
        return all;
    }

    /**
     * Same outcomes, name and findings (triage included): nothing a report could show differs. Equal findings hold
     * equal firing outcomes and, in the needs-review finding, the same facts blocking the same rules, so with equal
     * codes the outcomes are equal too.
     */
    boolean sameAs(ElementResult other) {
        if (other == null || !(name == other.name || name.toString().equals(other.name.toString()))
                || !java.util.Arrays.equals(findings, other.findings)) {
            return false;
        }
        for (int i = 0; i < slotOf.length; i++) {
            if (code(i) != other.code(i)) {
                return false;
            }
        }
        return true;
    }
}
