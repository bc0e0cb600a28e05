package org.threatmesh.rules;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.threatmesh.model.ElementId;
import org.threatmesh.model.TriageDecision;
import org.threatmesh.model.TriageStatus;

/**
 * One result of analysis: a rule (or the needs-review aggregate) on one element. Structured data, never markup;
 * renderers decide emphasis.
 *
 * @param rule        the rule's metadata (for needs-review findings, the engine's needs-review pseudo-rule)
 * @param element     the element the finding is about
 * @param elementName its display name at analysis time
 * @param kind        violation, needs review or needs attestation
 * @param severity    severity after the rubric's modifiers
 * @param strategies  the strategies this finding bears on, for example {@code MS-SS-4}
 * @param message     names the elements involved
 * @param evidence    the facts that made it fire (for needs-review: the unknown attributes)
 * @param triage      the triage decision recorded for this finding's key, if any
 */
public record Finding(RuleMetadata rule, ElementId element, String elementName, FindingKind kind, Severity severity,
        List<Strategy> strategies, String message, List<Evidence> evidence, Optional<TriageDecision> triage) {

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(elementName, "elementName");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(severity, "severity");
        strategies = List.copyOf(strategies);
        Objects.requireNonNull(message, "message");
        evidence = List.copyOf(evidence);
        Objects.requireNonNull(triage, "triage");
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

    public Finding withTriage(Optional<TriageDecision> decision) {
        return new Finding(rule, element, elementName, kind, severity, strategies, message, evidence, decision);
    }
}
