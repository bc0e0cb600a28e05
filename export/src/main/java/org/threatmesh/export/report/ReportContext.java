package org.threatmesh.export.report;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.threatmesh.model.ElementId;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.TriageDecision;
import org.threatmesh.model.TriageStatus;
import org.threatmesh.rules.Finding;
import org.threatmesh.rules.FindingKind;
import org.threatmesh.rules.RuleMetadata;
import org.threatmesh.rules.Severity;

/**
 * The input with the orderings and lookups every section builder needs, computed once. Findings are ordered by
 * element, then worst first, then key, so every list in the report is stable.
 */
final class ReportContext {

    static final Comparator<Finding> BY_ELEMENT_THEN_SEVERITY = Comparator
            .comparing(Finding::element)
            .thenComparing(Finding::severity, Comparator.reverseOrder())
            .thenComparing(Finding::key);

    static final Comparator<Finding> WORST_FIRST = Comparator
            .comparing(Finding::severity, Comparator.reverseOrder())
            .thenComparing(Finding::key);

    private final ReportInput input;
    private final List<Finding> findings;
    private final Map<ElementId, List<Finding>> byElement;
    private final List<RuleMetadata> rules;
    private final LocalDate today;

    ReportContext(ReportInput input) {
        this.input = input;
        this.today = LocalDate.ofInstant(input.clock().instant(), input.clock().getZone());
        this.findings = input.findings().stream().map(this::reopenIfExpired).sorted(BY_ELEMENT_THEN_SEVERITY).toList();
        this.byElement = findings.stream().collect(Collectors.groupingBy(Finding::element, TreeMap::new,
                Collectors.toList()));
        this.rules = input.rulesRun().stream().sorted(Comparator.comparing(RuleMetadata::id)).toList();
    }

    /**
     * A decision past its expiry date no longer closes its finding (the engine's definition of open): the report
     * shows it open again, with the old decision quoted.
     */
    private Finding reopenIfExpired(Finding finding) {
        return finding.triage().filter(d -> d.status() != TriageStatus.OPEN && d.isExpiredOn(today))
                .map(d -> finding.withTriage(Optional.of(new TriageDecision(d.findingKey(), TriageStatus.OPEN,
                        "the " + d.status().displayName().toLowerCase(java.util.Locale.ROOT) + " decision expired on "
                                + CoverSection.DATE.format(d.expires().orElseThrow()) + " (" + d.justification() + ")",
                        d.decidedBy(), d.decidedAt(), d.expires()))))
                .orElse(finding);
    }

    ThreatModel model() {
        return input.model();
    }

    ReportOptions options() {
        return input.options();
    }

    LocalDate today() {
        return today;
    }

    /** All findings, by element, worst first, then key. */
    List<Finding> findings() {
        return findings;
    }

    /** Findings grouped by element, elements in id order. */
    Map<ElementId, List<Finding>> byElement() {
        return byElement;
    }

    /** The rules that ran, by id. */
    List<RuleMetadata> rules() {
        return rules;
    }

    /** Open violations, worst first. */
    List<Finding> openViolations() {
        return findings.stream().filter(f -> f.kind() == FindingKind.VIOLATION && f.isOpen())
                .sorted(WORST_FIRST).toList();
    }

    /** The worst severity among open violations, if any. */
    Optional<Severity> worstOpen() {
        return openViolations().stream().map(Finding::severity).max(Comparator.naturalOrder());
    }

    String author() {
        String author = input.options().author();
        return author.isBlank() ? input.model().info().author() : author;
    }

    /** The tone a finding is shown in: its severity while open, muted once decided. */
    static Tone toneOf(Finding finding) {
        if (finding.status() != TriageStatus.OPEN) {
            return Tone.MUTED;
        }
        return finding.kind() == FindingKind.VIOLATION ? Tone.of(finding.severity()) : Tone.REVIEW;
    }

    static String findingAnchor(Finding finding) {
        return "finding:" + finding.key();
    }

    static String elementAnchor(ElementId element) {
        return "element:" + element.type().name().toLowerCase(java.util.Locale.ROOT) + ":" + element.value();
    }
}
