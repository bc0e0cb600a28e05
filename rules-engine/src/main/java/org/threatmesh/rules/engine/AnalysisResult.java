package org.threatmesh.rules.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.threatmesh.model.EdgeId;
import org.threatmesh.model.ElementId;
import org.threatmesh.model.ModelId;
import org.threatmesh.model.NodeId;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.TriageDecision;
import org.threatmesh.model.TriageStatus;
import org.threatmesh.model.ZoneId;
import org.threatmesh.rules.Finding;
import org.threatmesh.rules.Outcome;
import org.threatmesh.rules.Rule;
import org.threatmesh.rules.Severity;

/**
 * The outcome of analysing one snapshot: findings in report order (severity descending, rule id, element id),
 * triage decisions that no longer match a finding (stale, kept, never dropped), expired decisions, and the coverage
 * matrix. Immutable; the same model and rules always give an equal result.
 *
 * <p>Open semantics: a finding is open when nobody triaged it, or its decision has {@link TriageStatus#OPEN}, or
 * its decision expired before the analysis day. {@code --fail-on} and the coverage matrix use this definition.
 */
public final class AnalysisResult {

    private final Analyzer analyzer;
    private final ThreatModel model;
    private final LocalDate today;
    private final ElementResults elements;
    private final List<Finding> findings;
    private final List<TriageDecision> stale;
    private final List<TriageDecision> expired;
    private volatile Coverage coverage;
    // Weak: a chain of strong references would keep every earlier result of an editing session alive.
    private final java.lang.ref.WeakReference<AnalysisResult> derivedFrom;
    private final Set<ElementId> changed;

    /** Kept so that re-analysing the next snapshot can start from this one's indexes and graph facts. */
    private final org.threatmesh.rules.AnalysisContext context;

    AnalysisResult(Analyzer analyzer, ThreatModel model, LocalDate today, ElementResults elements,
            List<Finding> findings, org.threatmesh.rules.AnalysisContext context, AnalysisResult derivedFrom,
            Set<ElementId> changed) {
        this.context = context;
        this.derivedFrom = derivedFrom == null ? null : new java.lang.ref.WeakReference<>(derivedFrom);
        this.changed = Set.copyOf(changed);
        this.analyzer = analyzer;
        this.model = model;
        this.today = today;
        this.elements = elements;
        this.findings = List.copyOf(findings);
        List<TriageDecision> staleDecisions = new ArrayList<>();
        List<TriageDecision> expiredDecisions = new ArrayList<>();
        for (TriageDecision decision : model.triage().values()) {
            if (findingFor(decision.findingKey()).isEmpty()) {
                staleDecisions.add(decision);
            }
            if (decision.isExpiredOn(today)) {
                expiredDecisions.add(decision);
            }
        }
        this.stale = List.copyOf(staleDecisions);
        this.expired = List.copyOf(expiredDecisions);
    }

    /**
     * The elements whose findings differ from those in {@code earlier}, when this result was derived from
     * {@code earlier} by {@link Analyzer#reanalyze} (or is {@code earlier} itself: then none). Empty when the
     * relation is not known, for example after a full run; callers then compare everything. Lets views update only
     * what an edit changed.
     */
    public Optional<Set<ElementId>> changedSince(AnalysisResult earlier) {
        if (earlier == this) {
            return Optional.of(Set.of());
        }
        return derivedFrom != null && derivedFrom.get() == earlier ? Optional.of(changed) : Optional.empty();
    }

    org.threatmesh.rules.AnalysisContext context() {
        return context;
    }

    Analyzer analyzer() {
        return analyzer;
    }

    ElementResults elements() {
        return elements;
    }

    /** The snapshot analysed. */
    public ThreatModel model() {
        return model;
    }

    /** The day triage expiry was judged against. */
    public LocalDate today() {
        return today;
    }

    /** The rules that ran, in id order. */
    public List<Rule> rules() {
        return analyzer.rules();
    }

    /** Every finding, in report order. */
    public List<Finding> findings() {
        return findings;
    }

    /** The findings on one element, in report order. */
    public List<Finding> findingsFor(ElementId element) {
        ElementResult result = elements.get(element);
        return result == null ? List.of() : result.findings();
    }

    /** The finding with {@code key} (rule id @ element id), if it fires. */
    public Optional<Finding> findingFor(String key) {
        int at = key.indexOf('@');
        if (at <= 0 || at == key.length() - 1) {
            return Optional.empty();
        }
        String ruleId = key.substring(0, at);
        String element = key.substring(at + 1);
        for (ElementId candidate : candidates(element)) {
            for (Finding finding : findingsFor(candidate)) {
                if (finding.ruleId().equals(ruleId)) {
                    return Optional.of(finding);
                }
            }
        }
        return Optional.empty();
    }

    private static List<ElementId> candidates(String value) {
        List<ElementId> result = new ArrayList<>(4);
        try {
            result.add(new NodeId(value));
            result.add(new EdgeId(value));
            result.add(new ZoneId(value));
            if (value.equals(ModelId.MODEL.value())) {
                result.add(ModelId.MODEL);
            }
        } catch (IllegalArgumentException notAnId) {
            return List.of();
        }
        return result;
    }

    /** Whether {@code finding} counts as open: untriaged, triaged open, or its decision has expired. */
    public boolean isOpen(Finding finding) {
        return finding.triage().map(decision -> decision.status() == TriageStatus.OPEN || decision.isExpiredOn(today))
                .orElse(true);
    }

    /** The open findings, in report order. */
    public List<Finding> openFindings() {
        return findings.stream().filter(this::isOpen).toList();
    }

    /** Whether an open finding at or above {@code threshold} exists. */
    public boolean hasOpenAtLeast(Severity threshold) {
        for (Finding finding : findings) {
            if (finding.severity().isAtLeast(threshold) && isOpen(finding)) {
                return true;
            }
        }
        return false;
    }

    /** Decisions whose finding no longer fires, in key order; kept in the model until someone removes them. */
    public List<TriageDecision> staleDecisions() {
        return stale;
    }

    /** Decisions whose expiry day has passed, in key order; their findings count as open again. */
    public List<TriageDecision> expiredDecisions() {
        return expired;
    }

    /** The raw outcome of one rule on one element, for coverage and tests; empty when the rule did not run there. */
    public Optional<Outcome> outcome(String ruleId, ElementId element) {
        ElementResult result = elements.get(element);
        int index = analyzer.indexOf(ruleId);
        return result == null || index < 0 ? Optional.empty() : Optional.ofNullable(result.outcome(index, analyzer.index()));
    }

    /** The coverage matrix, computed on first use. */
    public Coverage coverage() {
        Coverage result = coverage;
        if (result == null) {
            result = Coverage.of(this, analyzer.index(), elements.values());
            coverage = result;
        }
        return result;
    }
}
