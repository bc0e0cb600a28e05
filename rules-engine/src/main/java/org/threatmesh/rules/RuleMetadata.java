package org.threatmesh.rules;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Everything known about a rule apart from its logic. Constant per rule class; it is the rule's documentation.
 *
 * @param id              stable kebab-case id, stored explicitly and never derived from the title
 * @param title           short name, no trailing period
 * @param rationale       why the problem matters, ending with a period
 * @param remediation     what to do about it, ending with a period
 * @param severity        base severity before the rubric's modifiers
 * @param severityReason  why that severity, in a few words
 * @param stride          STRIDE categories
 * @param strategies      the SP 800-204 strategies this rule checks; empty only for rules with no MS-SS mapping
 *                        (204A/B/C/D items), which then carry a reference to their document
 * @param references      recommendations ({@code MS-SS-4#2}), SM-DR / 204B tags, CWE entries
 * @param targets         the elements it is evaluated on
 * @param artefacts       the configuration that mitigates it, for example {@code Istio PeerAuthentication}
 * @param kind            check, attestation or advisory
 * @param extension       true when the rule goes beyond the NIST text (labelled as such in output)
 */
public record RuleMetadata(String id, String title, String rationale, String remediation, Severity severity,
        String severityReason, Set<Stride> stride, List<Strategy> strategies, List<Reference> references,
        Targets targets, List<String> artefacts, RuleKind kind, boolean extension) {

    private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public RuleMetadata {
        Objects.requireNonNull(id, "id");
        if (!KEBAB.matcher(id).matches()) {
            throw new IllegalArgumentException("rule id must be kebab-case: " + id);
        }
        requireText(title, "title", id);
        if (title.endsWith(".")) {
            throw new IllegalArgumentException(id + ": title must not end with a period");
        }
        requireSentence(rationale, "rationale", id);
        requireSentence(remediation, "remediation", id);
        Objects.requireNonNull(severity, "severity");
        requireText(severityReason, "severityReason", id);
        stride = Set.copyOf(stride);
        strategies = List.copyOf(strategies);
        references = List.copyOf(references);
        Objects.requireNonNull(targets, "targets");
        artefacts = List.copyOf(artefacts);
        Objects.requireNonNull(kind, "kind");
        if (references.isEmpty()) {
            throw new IllegalArgumentException(id + ": a rule needs at least one reference");
        }
    }

    /** The strategy ids, for example {@code ["MS-SS-4"]}. */
    public List<String> strategyIds() {
        return strategies.stream().map(Strategy::id).toList();
    }

    private static void requireText(String value, String field, String id) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(id + ": " + field + " is required");
        }
    }

    private static void requireSentence(String value, String field, String id) {
        requireText(value, field, id);
        if (!value.endsWith(".")) {
            throw new IllegalArgumentException(id + ": " + field + " must end with a period");
        }
    }
}
