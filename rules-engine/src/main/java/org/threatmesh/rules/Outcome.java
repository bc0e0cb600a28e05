package org.threatmesh.rules;

import java.util.List;
import java.util.Objects;
import org.threatmesh.model.ElementId;
import org.threatmesh.model.attr.AttributeKey;
import org.threatmesh.rules.internal.FactLabels;

/**
 * The result of evaluating one rule on one element. A rule never treats an unknown attribute as safe: when an
 * unknown blocks its decision it returns {@link Unknown} naming the blocking attributes, and the evaluator folds
 * all unknowns of an element into one "needs review" finding.
 */
public sealed interface Outcome {

    /** The rule checked the element and found nothing wrong. */
    record Pass() implements Outcome {
    }

    /** The rule does not apply to this element (for example an async edge for a circuit-breaker rule). */
    record NotApplicable() implements Outcome {
    }

    /**
     * The rule fires.
     *
     * @param severity severity after the rubric's modifiers
     * @param message  names the elements involved, plain text, no markup
     * @param evidence the facts that made it fire, in a stable order
     */
    record Fire(Severity severity, String message, List<Evidence> evidence) implements Outcome {
        public Fire {
            Objects.requireNonNull(severity, "severity");
            Objects.requireNonNull(message, "message");
            evidence = List.copyOf(evidence);
        }
    }

    /**
     * The rule cannot decide because facts are unknown.
     *
     * @param unknowns the unknown facts, as {@code subject.attribute} strings, for example {@code e-cart.tls};
     *                 immutable. Facts of model attributes (see {@link #unknown(ElementId, AttributeKey)} and
     *                 {@code Facts}) are kept as (element, attribute) pairs and their labels built when read, so
     *                 reading a label twice gives equal strings, not necessarily the same instance
     */
    record Unknown(List<String> unknowns) implements Outcome {
        public Unknown {
            // The engine's own label list is immutable already; copying it would build every label.
            unknowns = unknowns instanceof FactLabels ? unknowns : List.copyOf(unknowns);
            if (unknowns.isEmpty()) {
                throw new IllegalArgumentException("an unknown outcome must name what is unknown");
            }
        }
    }

    Outcome PASS = new Pass();
    Outcome NOT_APPLICABLE = new NotApplicable();

    static Outcome fire(Severity severity, String message, List<Evidence> evidence) {
        return new Fire(severity, message, evidence);
    }

    static Outcome unknown(String... unknowns) {
        return new Unknown(List.of(unknowns));
    }

    static Outcome unknown(List<String> unknowns) {
        return new Unknown(unknowns);
    }

    /** Unknown because {@code element}'s {@code key} is unknown; the label is {@code element.key}. */
    static Outcome unknown(ElementId element, AttributeKey<?> key) {
        return new Unknown(FactLabels.of(element, key));
    }
}
