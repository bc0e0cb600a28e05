package org.threatmesh.rules;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
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
     * The rule fires. Immutable, with value semantics over severity, message and evidence ({@link #equals},
     * {@link #hashCode} and {@link #toString} behave as they would for a record of the three).
     *
     * <p>The message may be given as a {@link Supplier} that builds it when read (see
     * {@link Outcome#fire(Severity, Supplier, List)}): rules name the elements involved, and a full analysis of the
     * 5,000-service model kept 62,000 such strings, most never read, that every young collection during the
     * analysis copied. Each read then returns an equal string, not necessarily the same instance; it is not cached.
     */
    final class Fire implements Outcome, Finding.Text {

        private final Severity severity;
        /** The message, or the supplier that builds it. */
        private final Object message;
        /**
         * The evidence: a lone {@link Evidence} itself (half the findings have one, and its list was 33,000 objects of
         * the 5,000-service result), else the immutable list.
         */
        private final Object evidence;

        /**
         * @param severity severity after the rubric's modifiers
         * @param message  names the elements involved, plain text, no markup
         * @param evidence the facts that made it fire, in a stable order
         */
        public Fire(Severity severity, String message, List<Evidence> evidence) {
            this(severity, (Object) Objects.requireNonNull(message, "message"), evidence);
        }

        /**
         * Like {@link #Fire(Severity, String, List)} with a message built on each read; {@code message} must be
         * pure (read only immutable state) and never return null.
         */
        public Fire(Severity severity, Supplier<String> message, List<Evidence> evidence) {
            this(severity, (Object) Objects.requireNonNull(message, "message"), evidence);
        }

        private Fire(Severity severity, Object message, List<Evidence> evidence) {
            this.severity = Objects.requireNonNull(severity, "severity");
            this.message = message;
            List<Evidence> copy = List.copyOf(evidence);
            this.evidence = copy.size() == 1 ? copy.get(0) : copy;
        }

        /** Severity after the rubric's modifiers. */
        public Severity severity() {
            return severity;
        }

        /** The message as kept: a string or the rule's supplier of it; for {@link Finding}, which keeps it so. */
        Object messageSource() {
            return message;
        }

        /** The evidence as kept: a lone {@link Evidence} or the immutable list; for {@link Finding}. */
        Object evidenceSource() {
            return evidence;
        }

        /** Names the elements involved, plain text, no markup. */
        @Override
        public String message() {
            return messageOf(message);
        }

        /** The message kept as {@code source}: a string, or a supplier that builds it on this read. */
        static String messageOf(Object source) {
            if (source instanceof String text) {
                return text;
            }
            @SuppressWarnings("unchecked")
            String built = ((Supplier<String>) source).get();
            return Objects.requireNonNull(built, "a rule's message supplier returned null");
        }

        /** The facts that made it fire, in a stable order; immutable (a new list on each call when it has one). */
        @Override
        public List<Evidence> evidence() {
            return evidenceOf(evidence);
        }

        /** The evidence kept as {@code source}: a lone {@link Evidence} (listed on this read) or the list. */
        static List<Evidence> evidenceOf(Object source) {
            if (source instanceof Evidence single) {
                return List.of(single);
            }
            @SuppressWarnings("unchecked")
            List<Evidence> list = (List<Evidence>) source;
            return list;
        }

        @Override
        public boolean equals(Object other) {
            // A lone evidence is stored unwrapped by every fire outcome alike, so the stored forms compare equal
            // exactly when the lists do.
            return this == other || other instanceof Fire that && severity == that.severity
                    && (message == that.message || message().equals(that.message())) && evidence.equals(that.evidence);
        }

        /** Combines the three properties' hashes in order, as a record of them would. */
        @Override
        public int hashCode() {
            return (31 * severity.hashCode() + message().hashCode()) * 31 + evidence().hashCode();
        }

        @Override
        public String toString() {
            return "Fire[severity=" + severity + ", message=" + message() + ", evidence=" + evidence() + "]";
        }
    }

    /**
     * The rule cannot decide because facts are unknown. Immutable, with value semantics over the set of facts:
     * {@link #equals} and {@link #hashCode} compare the distinct labels of {@link #unknowns()} regardless of their
     * order, which is all a needs-review finding shows of them. An analysis result keeps the facts each rule waits
     * on in its needs-review finding, in label order, and answers {@code outcome(rule, element)} from there, so an
     * outcome read from a result lists its labels sorted and once each, and equals the outcome the rule returned.
     *
     * <p>The unknown facts are given as {@code subject.attribute} labels, for example {@code e-cart.tls}. Facts of
     * model attributes (see {@link #unknown(ElementId, AttributeKey)} and {@code Facts}) are kept as
     * (element, attribute) pairs and their labels built when read, so reading the labels twice gives equal strings,
     * not necessarily the same instances, and {@link #unknowns()} returns a new view on each call. An outcome waiting
     * on one such fact holds the pair itself, with no list (the 5,000-service model gives 160,000 of them, and the
     * list objects were 5 MB of the result that every young collection during the analysis copied); one waiting on
     * several holds the pair array alone.
     */
    final class Unknown implements Outcome {

        /** The one fact's element and key; null when {@link #facts} holds the facts. */
        private final ElementId element;
        private final AttributeKey<?> key;
        /**
         * The facts when there are several: the engine's (element, key) pair array (see {@link FactLabels#pairsOf}),
         * kept without its list object, or a label list given by a rule.
         */
        private final Object facts;

        /** @param unknowns the unknown facts' labels, at least one; copied unless they are the engine's own pairs */
        public Unknown(List<String> unknowns) {
            if (unknowns instanceof FactLabels pairs && pairs.size() == 1) {
                this.element = pairs.element(0);
                this.key = pairs.key(0);
                this.facts = null;
                return;
            }
            Object[] pairs = FactLabels.pairsOf(unknowns);
            if (pairs != null) {
                // The engine's pairs are immutable already; keeping the array alone saves the list object, 63,000
                // of them in the 5,000-service result.
                this.element = null;
                this.key = null;
                this.facts = pairs;
                return;
            }
            List<String> kept = List.copyOf(unknowns);
            if (kept.isEmpty()) {
                throw new IllegalArgumentException("an unknown outcome must name what is unknown");
            }
            this.element = null;
            this.key = null;
            this.facts = kept;
        }

        private Unknown(ElementId element, AttributeKey<?> key) {
            this.element = Objects.requireNonNull(element, "element");
            this.key = Objects.requireNonNull(key, "key");
            this.facts = null;
        }

        /** Unknown because {@code element}'s {@code key} is unknown; always a new outcome. */
        public static Unknown of(ElementId element, AttributeKey<?> key) {
            return new Unknown(element, key);
        }

        /**
         * Unknown because of the first {@code count} (at least one) facts of {@code pairs}, which holds fact
         * {@code i}'s element and key at {@code 2i} and {@code 2i + 1}; the array is copied. Equal to the outcome
         * of the same facts' labels, without the label list the rule's collector would otherwise build and this
         * outcome unwrap (two short-lived objects per blocked check, 126,000 per 5,000-service analysis).
         *
         * @throws IllegalArgumentException when {@code count} is not positive
         */
        public static Unknown ofPairs(Object[] pairs, int count) {
            if (count < 1) {
                throw new IllegalArgumentException("an unknown outcome must name what is unknown");
            }
            if (count == 1) {
                return of((ElementId) pairs[0], (AttributeKey<?>) pairs[1]);
            }
            return new Unknown(FactLabels.copyPairs(pairs, count));
        }

        private Unknown(Object[] pairs) {
            this.element = null;
            this.key = null;
            this.facts = pairs;
        }

        /**
         * How many of the unknown facts are model attributes readable by {@link #factElement} and {@link #factKey}
         * without building labels: all of them, or zero when a rule named its facts by label only.
         */
        public int attributeFactCount() {
            return element != null ? 1 : facts instanceof Object[] pairs ? pairs.length / 2 : 0;
        }

        /** The element of attribute fact {@code i} (see {@link #attributeFactCount}). */
        public ElementId factElement(int i) {
            return element != null ? element : (ElementId) ((Object[]) facts)[2 * i];
        }

        /** The attribute of fact {@code i} (see {@link #attributeFactCount}). */
        public AttributeKey<?> factKey(int i) {
            return key != null ? key : (AttributeKey<?>) ((Object[]) facts)[2 * i + 1];
        }

        /** The unknown facts' labels, for example {@code e-cart.tls}; immutable. */
        public List<String> unknowns() {
            if (element != null) {
                return FactLabels.of(element, key);
            }
            if (facts instanceof Object[] pairs) {
                return FactLabels.wrapping(pairs);
            }
            @SuppressWarnings("unchecked")
            List<String> labels = (List<String>) facts;
            return labels;
        }

        /** The element of the one fact this outcome waits on, when that is a model attribute; otherwise null. */
        public ElementId singleElement() {
            return element;
        }

        /** The attribute of the one fact this outcome waits on (see {@link #singleElement()}); otherwise null. */
        public AttributeKey<?> singleKey() {
            return key;
        }

        @Override
        public boolean equals(Object other) {
            return this == other || other instanceof Unknown that && distinctLabels().equals(that.distinctLabels());
        }

        @Override
        public int hashCode() {
            return distinctLabels().hashCode();
        }

        /** The labels sorted and once each: what equality compares. */
        private java.util.SortedSet<String> distinctLabels() {
            return new java.util.TreeSet<>(unknowns());
        }

        @Override
        public String toString() {
            return "Unknown[unknowns=" + unknowns() + "]";
        }
    }

    Outcome PASS = new Pass();
    Outcome NOT_APPLICABLE = new NotApplicable();

    static Outcome fire(Severity severity, String message, List<Evidence> evidence) {
        return new Fire(severity, message, evidence);
    }

    /**
     * The rule fires, with a message built when it is read (on each read): for messages that name elements, so
     * that the analysis keeps references to the model instead of a string per finding. {@code message} must read
     * only immutable state (the element, the snapshot's context, values computed before returning).
     */
    static Outcome fire(Severity severity, Supplier<String> message, List<Evidence> evidence) {
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
        return org.threatmesh.rules.internal.RecentUnknowns.of(element, key);
    }
}
