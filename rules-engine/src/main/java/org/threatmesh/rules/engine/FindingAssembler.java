package org.threatmesh.rules.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.threatmesh.model.ElementId;
import org.threatmesh.model.TriageDecision;
import org.threatmesh.rules.Evidence;
import org.threatmesh.rules.Finding;
import org.threatmesh.rules.FindingKind;
import org.threatmesh.rules.Outcome;
import org.threatmesh.rules.Rule;
import org.threatmesh.rules.RuleKind;
import org.threatmesh.rules.RuleMetadata;
import org.threatmesh.rules.Severity;
import org.threatmesh.rules.Strategy;

/** Turns one element's rule outcomes into findings: one per firing rule plus at most one needs-review finding. */
final class FindingAssembler {

    /** Report order: severity descending, then rule id, then element id. */
    static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity).reversed()
            .thenComparing(Finding::ruleId).thenComparing(Finding::element);

    private final RuleIndex rules;

    FindingAssembler(RuleIndex rules) {
        this.rules = rules;
    }

    ElementResult assemble(ElementId element, String name, Outcome[] outcomes, Map<String, TriageDecision> triage) {
        List<Finding> findings = new ArrayList<>(2);
        Map<String, Set<Integer>> blockedBy = null;
        for (int i = 0; i < outcomes.length; i++) {
            Outcome outcome = outcomes[i];
            if (outcome instanceof Outcome.Fire fire) {
                RuleMetadata meta = rules.get(i).metadata();
                String key = Finding.keyOf(meta.id(), element);
                findings.add(new Finding(meta, element, name, kindOf(meta), fire.severity(), meta.strategies(),
                        fire.message(), fire.evidence(), Optional.ofNullable(triage.get(key))));
            } else if (outcome instanceof Outcome.Unknown unknown) {
                if (blockedBy == null) {
                    blockedBy = new TreeMap<>();
                }
                for (String fact : unknown.unknowns()) {
                    blockedBy.computeIfAbsent(fact, f -> new TreeSet<>()).add(i);
                }
            }
        }
        if (blockedBy != null) {
            findings.add(needsReview(element, name, blockedBy, triage));
        }
        findings.sort(ORDER);
        return new ElementResult(element, name, outcomes, List.copyOf(findings));
    }

    private static FindingKind kindOf(RuleMetadata meta) {
        return meta.kind() == RuleKind.ATTESTATION ? FindingKind.NEEDS_ATTESTATION : FindingKind.VIOLATION;
    }

    private Finding needsReview(ElementId element, String name, Map<String, Set<Integer>> blockedBy,
            Map<String, TriageDecision> triage) {
        Severity highest = Severity.LOW;
        Set<Strategy> strategies = EnumSet.noneOf(Strategy.class);
        Set<Integer> allBlocked = new TreeSet<>();
        List<Evidence> evidence = new ArrayList<>();
        for (Map.Entry<String, Set<Integer>> entry : blockedBy.entrySet()) {
            Set<Strategy> factStrategies = EnumSet.noneOf(Strategy.class);
            List<String> ruleIds = new ArrayList<>();
            for (int index : entry.getValue()) {
                Rule rule = rules.get(index);
                ruleIds.add(rule.metadata().id());
                factStrategies.addAll(rule.metadata().strategies());
                if (rule.metadata().severity().isAtLeast(highest)) {
                    highest = rule.metadata().severity();
                }
            }
            allBlocked.addAll(entry.getValue());
            strategies.addAll(factStrategies);
            evidence.add(evidenceFor(entry.getKey(), ruleIds, factStrategies));
        }
        String message = blockedBy.size() + (blockedBy.size() == 1 ? " unknown fact blocks " : " unknown facts block ")
                + allBlocked.size() + (allBlocked.size() == 1 ? " check" : " checks") + " on " + name + ": fill in "
                + String.join(", ", blockedBy.keySet());
        String key = Finding.keyOf(NeedsReview.RULE_ID, element);
        return new Finding(NeedsReview.METADATA, element, name, FindingKind.NEEDS_REVIEW,
                NeedsReview.severityFor(highest), List.copyOf(strategies), message, evidence,
                Optional.ofNullable(triage.get(key)));
    }

    private static Evidence evidenceFor(String fact, List<String> ruleIds, Set<Strategy> strategies) {
        int dot = fact.lastIndexOf('.');
        String subject = dot > 0 ? fact.substring(0, dot) : fact;
        String attribute = dot > 0 ? fact.substring(dot + 1) : fact;
        List<String> strategyIds = strategies.stream().map(Strategy::id).toList();
        return new Evidence(subject, attribute,
                "unknown; blocks " + String.join(", ", ruleIds) + " (" + String.join(", ", strategyIds) + ")");
    }
}
