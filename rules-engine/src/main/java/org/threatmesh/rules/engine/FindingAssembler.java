package org.threatmesh.rules.engine;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.threatmesh.model.ElementId;
import org.threatmesh.model.TriageDecision;
import org.threatmesh.rules.Evidence;
import org.threatmesh.rules.Finding;
import org.threatmesh.rules.FindingKind;
import org.threatmesh.rules.Outcome;
import org.threatmesh.rules.RuleKind;
import org.threatmesh.rules.RuleMetadata;
import org.threatmesh.rules.Severity;
import org.threatmesh.rules.Strategy;

/** Turns one element's rule outcomes into findings: one per firing rule plus at most one needs-review finding. */
final class FindingAssembler {

    /** Report order: severity descending, then rule id, then element id. */
    static final Comparator<Finding> ORDER = (a, b) -> {
        int bySeverity = b.severity().compareTo(a.severity());
        if (bySeverity != 0) {
            return bySeverity;
        }
        int byRule = a.rule() == b.rule() ? 0 : a.ruleId().compareTo(b.ruleId());
        return byRule != 0 ? byRule : a.element().compareTo(b.element());
    };

    private final RuleIndex rules;
    /**
     * What a set of blocked rules says in a needs-review finding, by the set of their indices. Thousands of elements
     * share the same few sets (every call whose {@code tls} is unknown blocks the same rules), so the wording is
     * built once per set, not once per element.
     */
    private final Map<BitSet, Blocked> blockedWording = new ConcurrentHashMap<>();

    FindingAssembler(RuleIndex rules) {
        this.rules = rules;
    }

    /**
     * @param triage the model's triage decisions; {@code triaged} holds the ids of the elements that have any, so
     *               that elements without a decision need no key lookups
     */
    ElementResult assemble(ElementId element, String name, Outcome[] outcomes, Map<String, TriageDecision> triage,
            Set<String> triaged) {
        boolean anyTriage = triaged.contains(element.value());
        List<Finding> findings = new ArrayList<>(2);
        Map<String, BitSet> blockedBy = null;
        for (int i = 0; i < outcomes.length; i++) {
            Outcome outcome = outcomes[i];
            if (outcome instanceof Outcome.Fire fire) {
                RuleMetadata meta = rules.get(i).metadata();
                findings.add(new Finding(meta, element, name, kindOf(meta), fire.severity(), meta.strategies(),
                        fire.message(), fire.evidence(), triageOf(meta.id(), element, triage, anyTriage)));
            } else if (outcome instanceof Outcome.Unknown unknown) {
                if (blockedBy == null) {
                    blockedBy = new TreeMap<>();
                }
                for (String fact : unknown.unknowns()) {
                    BitSet rulesBlocked = blockedBy.get(fact);
                    if (rulesBlocked == null) {
                        rulesBlocked = new BitSet(outcomes.length);
                        blockedBy.put(fact, rulesBlocked);
                    }
                    rulesBlocked.set(i);
                }
            }
        }
        if (blockedBy != null) {
            findings.add(needsReview(element, name, blockedBy, triage, anyTriage));
        }
        if (findings.size() > 1) {
            findings.sort(ORDER);
        }
        return new ElementResult(element, name, outcomes, List.copyOf(findings));
    }

    /** The ids of the elements that have at least one triage decision. */
    static Set<String> triagedElements(Map<String, TriageDecision> triage) {
        if (triage.isEmpty()) {
            return Set.of();
        }
        Set<String> elements = new HashSet<>();
        for (String key : triage.keySet()) {
            int at = key.indexOf('@');
            if (at >= 0) {
                elements.add(key.substring(at + 1));
            }
        }
        return elements;
    }

    private static Optional<TriageDecision> triageOf(String ruleId, ElementId element,
            Map<String, TriageDecision> triage, boolean anyTriage) {
        return anyTriage ? Optional.ofNullable(triage.get(Finding.keyOf(ruleId, element))) : Optional.empty();
    }

    private static FindingKind kindOf(RuleMetadata meta) {
        return meta.kind() == RuleKind.ATTESTATION ? FindingKind.NEEDS_ATTESTATION : FindingKind.VIOLATION;
    }

    private Finding needsReview(ElementId element, String name, Map<String, BitSet> blockedBy,
            Map<String, TriageDecision> triage, boolean anyTriage) {
        Severity highest = Severity.LOW;
        Set<Strategy> strategies = EnumSet.noneOf(Strategy.class);
        BitSet allBlocked = new BitSet(rules.size());
        List<Evidence> evidence = new ArrayList<>(blockedBy.size());
        for (Map.Entry<String, BitSet> entry : blockedBy.entrySet()) {
            Blocked blocked = blockedWording.computeIfAbsent(entry.getValue(), this::describe);
            if (blocked.highest().isAtLeast(highest)) {
                highest = blocked.highest();
            }
            allBlocked.or(entry.getValue());
            strategies.addAll(blocked.strategies());
            evidence.add(evidenceFor(entry.getKey(), blocked.wording()));
        }
        int checks = allBlocked.cardinality();
        String message = blockedBy.size() + (blockedBy.size() == 1 ? " unknown fact blocks " : " unknown facts block ")
                + checks + (checks == 1 ? " check" : " checks") + " on " + name + ": fill in "
                + String.join(", ", blockedBy.keySet());
        return new Finding(NeedsReview.METADATA, element, name, FindingKind.NEEDS_REVIEW,
                NeedsReview.severityFor(highest), List.copyOf(strategies), message, evidence,
                triageOf(NeedsReview.RULE_ID, element, triage, anyTriage));
    }

    private Blocked describe(BitSet ruleIndices) {
        Severity highest = Severity.LOW;
        Set<Strategy> strategies = EnumSet.noneOf(Strategy.class);
        List<String> ruleIds = new ArrayList<>();
        for (int index = ruleIndices.nextSetBit(0); index >= 0; index = ruleIndices.nextSetBit(index + 1)) {
            RuleMetadata meta = rules.get(index).metadata();
            ruleIds.add(meta.id());
            strategies.addAll(meta.strategies());
            if (meta.severity().isAtLeast(highest)) {
                highest = meta.severity();
            }
        }
        List<String> strategyIds = strategies.stream().map(Strategy::id).toList();
        String wording = "unknown; blocks " + String.join(", ", ruleIds) + " (" + String.join(", ", strategyIds) + ")";
        return new Blocked(wording, Collections.unmodifiableSet(strategies), highest);
    }

    private static Evidence evidenceFor(String fact, String wording) {
        int dot = fact.lastIndexOf('.');
        String subject = dot > 0 ? fact.substring(0, dot) : fact;
        String attribute = dot > 0 ? fact.substring(dot + 1) : fact;
        return new Evidence(subject, attribute, wording);
    }

    /** The shared wording, strategies and highest base severity of one set of blocked rules. */
    private record Blocked(String wording, Set<Strategy> strategies, Severity highest) {
    }
}
