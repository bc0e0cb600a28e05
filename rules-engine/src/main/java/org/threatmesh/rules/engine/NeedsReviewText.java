package org.threatmesh.rules.engine;

import java.util.List;
import org.threatmesh.model.ElementId;
import org.threatmesh.model.attr.AttributeKey;
import org.threatmesh.rules.Evidence;
import org.threatmesh.rules.Finding;

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
    /** Per fact, in fact order: subject and key (see {@link FactLabel}), then the wording of the blocked rules. */
    private final Object[] facts;

    /**
     * @param element  the element the finding is about
     * @param name     its display name
     * @param checks   how many distinct checks the facts block
     * @param blocked  the facts
     * @param wordings for each fact, the shared wording of the rules it blocks
     */
    NeedsReviewText(ElementId element, CharSequence name, int checks, BlockedFacts blocked, String[] wordings) {
        this.element = element;
        this.name = name;
        this.checks = checks;
        this.facts = new Object[3 * blocked.size()];
        for (int i = 0; i < blocked.size(); i++) {
            facts[3 * i] = blocked.subject(i);
            facts[3 * i + 1] = blocked.key(i);
            facts[3 * i + 2] = wordings[i];
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
            evidence[i] = evidenceFor(subject(i), key(i), (String) facts[3 * i + 2]);
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
