package org.threatmesh.rules.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.threatmesh.model.ElementId;
import org.threatmesh.model.TriageStatus;
import org.threatmesh.rules.Finding;
import org.threatmesh.rules.RuleKind;
import org.threatmesh.rules.RuleMetadata;
import org.threatmesh.rules.Strategy;

/**
 * The coverage matrix: for each SP 800-204 strategy and each of its recommendations, met / violated / needs review
 * / not applicable, per element and for the whole model.
 *
 * <p>One rule on one element contributes: a pass &rarr; met; not applicable &rarr; not applicable; unknown facts
 * &rarr; needs review; a firing check or advisory &rarr; violated, unless its finding is triaged as mitigated or
 * false positive (then met; an accepted risk stays violated, an expired decision counts as open); a firing
 * attestation &rarr; needs review until triaged (mitigated or false positive &rarr; met, accepted risk &rarr;
 * violated). Contributions merge by precedence violated &gt; needs review &gt; met &gt; not applicable, across the
 * rules of a strategy and across elements for the model-wide status.
 */
public final class Coverage {

    /** One line of the model-wide matrix. */
    public record StrategyCoverage(Strategy strategy, CoverageStatus status, List<RecommendationCoverage> recommendations) {
        public StrategyCoverage {
            recommendations = List.copyOf(recommendations);
        }
    }

    /** One recommendation, for example {@code MS-SS-4#2}, and its model-wide status. */
    public record RecommendationCoverage(String recommendation, CoverageStatus status) {
    }

    private final Map<ElementId, Map<Strategy, CoverageStatus>> byElement;
    private final Map<ElementId, Map<String, CoverageStatus>> recommendationsByElement;
    private final List<StrategyCoverage> model;

    private Coverage(Map<ElementId, Map<Strategy, CoverageStatus>> byElement,
            Map<ElementId, Map<String, CoverageStatus>> recommendationsByElement, List<StrategyCoverage> model) {
        this.byElement = byElement;
        this.recommendationsByElement = recommendationsByElement;
        this.model = model;
    }

    static Coverage of(AnalysisResult result, RuleIndex rules, Collection<ElementResult> elements) {
        List<List<String>> recommendationsOf = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            recommendationsOf.add(Recommendations.referencedBy(rules.get(i).metadata()));
        }
        Map<ElementId, Map<Strategy, CoverageStatus>> byElement = new TreeMap<>();
        Map<ElementId, Map<String, CoverageStatus>> recommendationsByElement = new TreeMap<>();
        Map<Strategy, CoverageStatus> strategyTotals = new EnumMap<>(Strategy.class);
        Map<String, CoverageStatus> recommendationTotals = new HashMap<>();
        for (ElementResult element : elements) {
            Map<Strategy, CoverageStatus> strategies = new EnumMap<>(Strategy.class);
            Map<String, CoverageStatus> recommendations = new TreeMap<>();
            for (int i = 0; i < rules.size(); i++) {
                byte outcome = element.code(i);
                if (outcome == ElementResult.NONE) {
                    continue;
                }
                RuleMetadata meta = rules.get(i).metadata();
                CoverageStatus status = statusOf(result, element, meta, outcome);
                for (Strategy strategy : meta.strategies()) {
                    strategies.merge(strategy, status, CoverageStatus::merge);
                    strategyTotals.merge(strategy, status, CoverageStatus::merge);
                }
                for (String recommendation : recommendationsOf.get(i)) {
                    recommendations.merge(recommendation, status, CoverageStatus::merge);
                    recommendationTotals.merge(recommendation, status, CoverageStatus::merge);
                }
            }
            byElement.put(element.element(), Collections.unmodifiableMap(strategies));
            recommendationsByElement.put(element.element(), Collections.unmodifiableMap(recommendations));
        }
        List<StrategyCoverage> model = new ArrayList<>();
        for (Strategy strategy : Strategy.values()) {
            List<RecommendationCoverage> lines = new ArrayList<>();
            for (String recommendation : Recommendations.of(strategy)) {
                lines.add(new RecommendationCoverage(recommendation,
                        recommendationTotals.getOrDefault(recommendation, CoverageStatus.NOT_APPLICABLE)));
            }
            model.add(new StrategyCoverage(strategy,
                    strategyTotals.getOrDefault(strategy, CoverageStatus.NOT_APPLICABLE), lines));
        }
        return new Coverage(byElement, recommendationsByElement, List.copyOf(model));
    }

    private static CoverageStatus statusOf(AnalysisResult result, ElementResult element, RuleMetadata meta,
            byte outcome) {
        if (outcome == ElementResult.PASS) {
            return CoverageStatus.MET;
        }
        if (outcome == ElementResult.NOT_APPLICABLE) {
            return CoverageStatus.NOT_APPLICABLE;
        }
        if (outcome == ElementResult.UNKNOWN) {
            return CoverageStatus.NEEDS_REVIEW;
        }
        Finding finding = element.findings().stream().filter(f -> f.ruleId().equals(meta.id())).findFirst()
                .orElseThrow();
        boolean attestation = meta.kind() == RuleKind.ATTESTATION;
        if (result.isOpen(finding)) {
            return attestation ? CoverageStatus.NEEDS_REVIEW : CoverageStatus.VIOLATED;
        }
        TriageStatus status = finding.status();
        return status == TriageStatus.ACCEPTED_RISK ? CoverageStatus.VIOLATED : CoverageStatus.MET;
    }

    /** The model-wide matrix: all 13 strategies in order, each with all of its recommendations. */
    public List<StrategyCoverage> strategies() {
        return model;
    }

    /** Model-wide status of {@code strategy}. */
    public CoverageStatus statusOf(Strategy strategy) {
        return model.get(strategy.ordinal()).status();
    }

    /** Model-wide status of a recommendation label such as {@code MS-SS-4#2}. */
    public CoverageStatus statusOf(String recommendation) {
        for (StrategyCoverage line : model) {
            for (RecommendationCoverage rec : line.recommendations()) {
                if (rec.recommendation().equals(recommendation)) {
                    return rec.status();
                }
            }
        }
        throw new IllegalArgumentException("unknown recommendation '" + recommendation + "'");
    }

    /** Status of {@code strategy} on one element; not applicable when no rule of it ran there. */
    public CoverageStatus statusOf(ElementId element, Strategy strategy) {
        return byElement.getOrDefault(element, Map.of()).getOrDefault(strategy, CoverageStatus.NOT_APPLICABLE);
    }

    /** Status of a recommendation on one element; not applicable when no rule of it ran there. */
    public CoverageStatus statusOf(ElementId element, String recommendation) {
        return recommendationsByElement.getOrDefault(element, Map.of())
                .getOrDefault(recommendation, CoverageStatus.NOT_APPLICABLE);
    }

    /** The per-element matrix: element id to strategy statuses (only strategies with a rule that ran there). */
    public Map<ElementId, Map<Strategy, CoverageStatus>> byElement() {
        return Collections.unmodifiableMap(byElement);
    }
}
