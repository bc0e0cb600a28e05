package org.threatmesh.app.findings;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.threatmesh.model.ElementId;
import org.threatmesh.model.TriageStatus;
import org.threatmesh.rules.Finding;
import org.threatmesh.rules.Severity;
import org.threatmesh.rules.Strategy;
import org.threatmesh.rules.Stride;

/**
 * Which findings to show. Each set restricts one dimension; an empty set means "any". All restrictions must hold.
 *
 * @param severities severities to keep
 * @param stride     STRIDE letters, of which a finding's rule must carry at least one
 * @param strategies strategies, of which a finding must bear on at least one
 * @param statuses   effective triage statuses (an expired decision counts as open)
 * @param text       case-insensitive substring of rule id, title, element name or message; blank for any
 * @param element    only findings on this element, when present
 */
public record FindingFilter(Set<Severity> severities, Set<Stride> stride, Set<Strategy> strategies,
        Set<TriageStatus> statuses, String text, Optional<ElementId> element) {

    /** Shows everything. */
    public static final FindingFilter ALL = new FindingFilter(Set.of(), Set.of(), Set.of(), Set.of(), "",
            Optional.empty());

    public FindingFilter {
        severities = Set.copyOf(severities);
        stride = Set.copyOf(stride);
        strategies = Set.copyOf(strategies);
        statuses = Set.copyOf(statuses);
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(element, "element");
    }

    /** Open high and critical findings: what a review meeting looks at first. */
    public static FindingFilter openHighAndCritical() {
        return ALL.withSeverities(Set.of(Severity.HIGH, Severity.CRITICAL)).withStatuses(Set.of(TriageStatus.OPEN));
    }

    public FindingFilter withSeverities(Set<Severity> value) {
        return new FindingFilter(value, stride, strategies, statuses, text, element);
    }

    public FindingFilter withStride(Set<Stride> value) {
        return new FindingFilter(severities, value, strategies, statuses, text, element);
    }

    public FindingFilter withStrategies(Set<Strategy> value) {
        return new FindingFilter(severities, stride, value, statuses, text, element);
    }

    public FindingFilter withStatuses(Set<TriageStatus> value) {
        return new FindingFilter(severities, stride, strategies, value, text, element);
    }

    public FindingFilter withText(String value) {
        return new FindingFilter(severities, stride, strategies, statuses, value, element);
    }

    public FindingFilter withElement(Optional<ElementId> value) {
        return new FindingFilter(severities, stride, strategies, statuses, text, value);
    }

    /** Whether every dimension but the element is unrestricted, so the canvas need not dim anything. */
    public boolean restrictsNothingButElement() {
        return severities.isEmpty() && stride.isEmpty() && strategies.isEmpty() && statuses.isEmpty()
                && text.isBlank();
    }

    /**
     * @param finding         the finding
     * @param effectiveStatus its status with expiry applied
     */
    public boolean matches(Finding finding, TriageStatus effectiveStatus) {
        if (!severities.isEmpty() && !severities.contains(finding.severity())) {
            return false;
        }
        if (!stride.isEmpty() && finding.rule().stride().stream().noneMatch(stride::contains)) {
            return false;
        }
        if (!strategies.isEmpty() && finding.strategies().stream().noneMatch(strategies::contains)) {
            return false;
        }
        if (!statuses.isEmpty() && !statuses.contains(effectiveStatus)) {
            return false;
        }
        if (element.isPresent() && !element.get().equals(finding.element())) {
            return false;
        }
        return text.isBlank() || matchesText(finding, text.strip().toLowerCase(Locale.ROOT));
    }

    private static boolean matchesText(Finding finding, String needle) {
        return finding.ruleId().contains(needle)
                || finding.rule().title().toLowerCase(Locale.ROOT).contains(needle)
                || finding.elementName().toLowerCase(Locale.ROOT).contains(needle)
                || finding.element().value().toLowerCase(Locale.ROOT).contains(needle)
                || finding.message().toLowerCase(Locale.ROOT).contains(needle);
    }
}
