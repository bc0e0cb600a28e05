package org.threatmesh.rules;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.threatmesh.model.ElementId;
import org.threatmesh.model.TriageDecision;
import org.threatmesh.model.TriageStatus;

/**
 * One result of analysis: a rule (or the needs-review aggregate) on one element. Structured data, never markup;
 * renderers decide emphasis. Immutable, with value semantics over the nine properties below ({@link #equals} and
 * {@link #toString} behave as they would for a record of them; {@link #hashCode} leaves out the text).
 *
 * <p>The message and evidence may be built on demand from a {@link Text} (the engine does so for needs-review
 * findings, whose messages list every unknown fact and ran to hundreds of characters each: kept as strings they
 * were a large part of what a full analysis holds). Each call then returns an equal string and an equal list, not
 * necessarily the same instances; the text is not cached, so a finding never grows after it is made.
 *
 * <p>Properties: {@code rule} the rule's metadata (for needs-review findings, the engine's needs-review
 * pseudo-rule); {@code element} the element the finding is about; {@code elementName} its display name at analysis
 * time; {@code kind} violation, needs review or needs attestation; {@code severity} after the rubric's modifiers;
 * {@code strategies} the strategies this finding bears on, for example {@code MS-SS-4}; {@code message} names the
 * elements involved; {@code evidence} the facts that made it fire (for needs-review: the unknown attributes);
 * {@code triage} the triage decision recorded for this finding's key, if any.
 */
public final class Finding {

    /**
     * A finding's message and evidence, built when read. Both methods must be pure: every call returns an equal
     * value, computed only from immutable state.
     */
    public interface Text {

        /** The message, plain text, no markup. */
        String message();

        /** The evidence, in a stable order; an immutable list. */
        List<Evidence> evidence();
    }

    private final RuleMetadata rule;
    private final ElementId element;
    /** The element's display name, or a sequence that builds it when read (see the constructors). */
    private final CharSequence elementName;
    private final FindingKind kind;
    private final Severity severity;
    private final List<Strategy> strategies;
    /**
     * The message: a string, a rule's supplier that builds it (taken from an {@link Outcome.Fire}), or the
     * {@link Text} that builds message and evidence.
     */
    private final Object message;
    /**
     * The evidence: an immutable list, or a lone {@link Evidence} (as a firing outcome keeps it); null when
     * {@link #message} is a {@link Text}.
     */
    private final Object evidence;
    private final Optional<TriageDecision> triage;

    /**
     * A finding with its message and evidence given; see the class comment for the parameters. The element name
     * may be a {@link CharSequence} whose {@code toString()} builds it on each read: it must then be immutable and
     * pure, like a {@link Text}.
     */
    public Finding(RuleMetadata rule, ElementId element, CharSequence elementName, FindingKind kind, Severity severity,
            List<Strategy> strategies, String message, List<Evidence> evidence, Optional<TriageDecision> triage) {
        this(rule, element, elementName, kind, severity, strategies, (Object) Objects.requireNonNull(message,
                "message"), List.copyOf(evidence), triage);
    }

    /**
     * A finding whose message and evidence {@code text} builds when they are read; the element name as for
     * {@link #Finding(RuleMetadata, ElementId, CharSequence, FindingKind, Severity, List, String, List, Optional)}.
     *
     * <p>A firing outcome given as the text is not kept: the finding takes its message (or the rule's supplier of
     * it) and its evidence as they are. The analysis makes 62,000 such findings on the 5,000-service model, and the
     * outcome objects were alive, and copied by every young collection, until the analysis ended.
     */
    public Finding(RuleMetadata rule, ElementId element, CharSequence elementName, FindingKind kind, Severity severity,
            List<Strategy> strategies, Text text, Optional<TriageDecision> triage) {
        this(rule, element, elementName, kind, severity, strategies,
                text instanceof Outcome.Fire fire ? fire.messageSource() : Objects.requireNonNull(text, "text"),
                text instanceof Outcome.Fire fire ? fire.evidenceSource() : null, triage);
    }

    private Finding(RuleMetadata rule, ElementId element, CharSequence elementName, FindingKind kind, Severity severity,
            List<Strategy> strategies, Object message, Object evidence, Optional<TriageDecision> triage) {
        this.rule = Objects.requireNonNull(rule, "rule");
        this.element = Objects.requireNonNull(element, "element");
        this.elementName = Objects.requireNonNull(elementName, "elementName");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.severity = Objects.requireNonNull(severity, "severity");
        this.strategies = List.copyOf(strategies);
        this.message = message;
        this.evidence = evidence;
        this.triage = Objects.requireNonNull(triage, "triage");
    }

    /** The rule's metadata (for needs-review findings, the engine's needs-review pseudo-rule). */
    public RuleMetadata rule() {
        return rule;
    }

    /** The element the finding is about. */
    public ElementId element() {
        return element;
    }

    /** The element's display name at analysis time. */
    public String elementName() {
        return elementName.toString();
    }

    /** Violation, needs review or needs attestation. */
    public FindingKind kind() {
        return kind;
    }

    /** Severity after the rubric's modifiers. */
    public Severity severity() {
        return severity;
    }

    /** The strategies this finding bears on, for example {@code MS-SS-4}; immutable. */
    public List<Strategy> strategies() {
        return strategies;
    }

    /** Names the elements involved; plain text. Built on each call when the finding was made from a {@link Text}. */
    public String message() {
        return message instanceof Text text ? text.message() : Outcome.Fire.messageOf(message);
    }

    /**
     * The facts that made it fire (for needs-review: the unknown attributes); immutable. Built on each call when
     * the finding was made from a {@link Text}.
     */
    public List<Evidence> evidence() {
        return evidence != null ? Outcome.Fire.evidenceOf(evidence) : ((Text) message).evidence();
    }

    /** The triage decision recorded for this finding's key, if any. */
    public Optional<TriageDecision> triage() {
        return triage;
    }

    /** Rule id + "@" + element id: stable across renames; golden files and triage records use it. */
    public String key() {
        return keyOf(rule.id(), element);
    }

    public static String keyOf(String ruleId, ElementId element) {
        return ruleId + "@" + element.value();
    }

    public String ruleId() {
        return rule.id();
    }

    /** The triage status, {@link TriageStatus#OPEN} when nobody decided. */
    public TriageStatus status() {
        return triage.map(TriageDecision::status).orElse(TriageStatus.OPEN);
    }

    public boolean isOpen() {
        return status() == TriageStatus.OPEN;
    }

    /** What to do about it: the rule's remediation. */
    public String mitigation() {
        return rule.remediation();
    }

    /** The configuration artefacts that implement the mitigation. */
    public List<String> artefacts() {
        return rule.artefacts();
    }

    /** This finding with {@code decision} as its triage; a lazily built text stays lazy. */
    public Finding withTriage(Optional<TriageDecision> decision) {
        return new Finding(rule, element, elementName, kind, severity, strategies, message, evidence, decision);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Finding that && rule.equals(that.rule)
                && element.equals(that.element) && (elementName == that.elementName
                        || elementName.toString().equals(that.elementName.toString())) && kind == that.kind
                && severity == that.severity && strategies.equals(that.strategies)
                && (message == that.message || message().equals(that.message()))
                && (message == that.message && evidence == that.evidence || evidence().equals(that.evidence()))
                && triage.equals(that.triage);
    }

    /**
     * Combines the hashes of every property but element name, message and evidence: those may be built on each
     * read, and the app hashes every finding of a result to compare table rows. Equal findings still hash alike.
     */
    @Override
    public int hashCode() {
        Object[] parts = {rule, element, kind, severity, strategies, triage};
        int hash = 0;
        for (Object part : parts) {
            hash = 31 * hash + part.hashCode();
        }
        return hash;
    }

    @Override
    public String toString() {
        return "Finding[rule=" + rule + ", element=" + element + ", elementName=" + elementName + ", kind=" + kind
                + ", severity=" + severity + ", strategies=" + strategies + ", message=" + message() + ", evidence="
                + evidence() + ", triage=" + triage + "]";
    }
}
