package org.threatmesh.rules.engine;

import java.util.ArrayList;
import java.util.List;
import org.threatmesh.model.ElementId;
import org.threatmesh.model.attr.AttributeKey;
import org.threatmesh.rules.Evidence;
import org.threatmesh.rules.Finding;
import org.threatmesh.rules.Outcome;
import org.threatmesh.rules.Severity;

/**
 * The message and evidence of a needs-review finding, built when read: "3 unknown facts block 7 checks on cart:
 * fill in e-cart.tls, ..." and one evidence line per fact. A full analysis of the 5,000-service model makes 25,000
 * needs-review findings; as strings their messages alone were 7 MB of the result, built and then copied by every
 * young collection during the analysis, while most are never read. This keeps references instead: the element's
 * name, the facts (model ids and attribute keys) and the shared wording of the rules each fact blocks.
 */
final class NeedsReviewText implements Finding.Text {

    private final ElementId element;
    private final CharSequence name;
    private final int checks;
    /** Per fact, in fact order: subject and key (see {@link FactLabel}), then the rules it blocks. */
    private final Object[] facts;

    /**
     * @param element  the element the finding is about
     * @param name     its display name
     * @param checks   how many distinct checks the facts block
     * @param blocked  the facts
     * @param rules    for each fact, the shared description of the rules it blocks
     */
    NeedsReviewText(ElementId element, CharSequence name, int checks, BlockedFacts blocked, BlockedRules[] rules) {
        this.element = element;
        this.name = name;
        this.checks = checks;
        this.facts = new Object[3 * blocked.size()];
        for (int i = 0; i < blocked.size(); i++) {
            facts[3 * i] = blocked.subject(i);
            facts[3 * i + 1] = blocked.key(i);
            facts[3 * i + 2] = rules[i];
        }
    }

    private int count() {
        return facts.length / 3;
    }

    private Object subject(int i) {
        return facts[3 * i];
    }

    private AttributeKey<?> key(int i) {
        return (AttributeKey<?>) facts[3 * i + 1];
    }

    private BlockedRules blocked(int i) {
        return (BlockedRules) facts[3 * i + 2];
    }

    /**
     * The highest base severity among the blocked rules. Folded from the facts' shared rule sets rather than looked
     * up for the union: the union is nearly unique per element (11,700 distinct sets on the 5,000-service model), and
     * a cache of every union grew with the model and missed the processor's caches on every element.
     */
    Severity highestBlocked() {
        Severity highest = Severity.LOW;
        for (int i = 0; i < count(); i++) {
            if (blocked(i).highest().isAtLeast(highest)) {
                highest = blocked(i).highest();
            }
        }
        return highest;
    }

    /** The strategies the blocked rules bear on, as a bit mask of their ordinals; folded like the severity. */
    int strategyMask() {
        int mask = 0;
        for (int i = 0; i < count(); i++) {
            mask |= blocked(i).strategyMask();
        }
        return mask;
    }

    /**
     * The outcome of the rule with analyzer index {@code ruleIndex} when unknown facts blocked it: unknown because
     * of the facts that block it, in label order. Equal to the outcome the rule returned (see
     * {@link Outcome.Unknown#equals}), so an element's result need not keep that outcome. Null when no fact blocks
     * the rule.
     */
    Outcome.Unknown unknownFor(int ruleIndex) {
        int count = 0;
        boolean anyLabel = false;
        for (int i = 0; i < count(); i++) {
            if (blocked(i).blocks(ruleIndex)) {
                count++;
                anyLabel |= key(i) == null;
            }
        }
        if (count == 0) {
            return null;
        }
        if (anyLabel) {
            // A fact a rule named by label has no (element, attribute) pair, so the outcome is made from labels.
            List<String> labels = new ArrayList<>(count);
            for (int i = 0; i < count(); i++) {
                if (blocked(i).blocks(ruleIndex)) {
                    labels.add(FactLabel.label(subject(i), key(i)));
                }
            }
            return new Outcome.Unknown(labels);
        }
        Object[] pairs = new Object[2 * count];
        int at = 0;
        for (int i = 0; i < count(); i++) {
            if (blocked(i).blocks(ruleIndex)) {
                pairs[at++] = subject(i);
                pairs[at++] = key(i);
            }
        }
        return Outcome.Unknown.ofPairs(pairs, count);
    }

    @Override
    public String message() {
        int count = count();
        String head = count + (count == 1 ? " unknown fact blocks " : " unknown facts block ") + checks
                + (checks == 1 ? " check" : " checks") + " on " + name + ": fill in ";
        int length = head.length() + 2 * (count - 1);
        for (int i = 0; i < count; i++) {
            length += FactLabel.length(subject(i), key(i));
        }
        // Sized exactly: these messages run to hundreds of characters, and a growing builder copies them.
        StringBuilder message = new StringBuilder(length).append(head);
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                message.append(", ");
            }
            FactLabel.appendTo(message, subject(i), key(i));
        }
        return message.toString();
    }

    @Override
    public List<Evidence> evidence() {
        Evidence[] evidence = new Evidence[count()];
        for (int i = 0; i < evidence.length; i++) {
            evidence[i] = evidenceFor(subject(i), key(i), blocked(i).wording());
        }
        return List.of(evidence);
    }

    /**
     * The evidence line of one unknown fact: subject, attribute and wording, cut from the label at its last dot.
     * For a fact kept as (element, attribute) with no dot in the attribute's name that cut is the element's id and
     * the attribute's name, so the line points at the model's own id string.
     */
    private Evidence evidenceFor(Object subject, AttributeKey<?> key, String wording) {
        if (key != null && key.name().indexOf('.') < 0 && !((ElementId) subject).value().isEmpty()) {
            ElementId about = (ElementId) subject;
            return new Evidence(about.equals(element) ? element.value() : about.value(), key.name(), wording);
        }
        String fact = FactLabel.label(subject, key);
        int dot = fact.lastIndexOf('.');
        if (dot <= 0) {
            return new Evidence(fact, fact, wording);
        }
        String id = element.value();
        String about = dot == id.length() && fact.startsWith(id) ? id : fact.substring(0, dot);
        return new Evidence(about, fact.substring(dot + 1), wording);
    }
}
