package org.threatmesh.rules.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.threatmesh.model.ElementId;
import org.threatmesh.model.TriageDecision;
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
    static final Comparator<Finding> ORDER = (a, b) -> {
        int bySeverity = b.severity().compareTo(a.severity());
        if (bySeverity != 0) {
            return bySeverity;
        }
        int byRule = a.rule() == b.rule() ? 0 : a.ruleId().compareTo(b.ruleId());
        return byRule != 0 ? byRule : a.element().compareTo(b.element());
    };

    private static final Finding[] NO_FINDINGS = new Finding[0];

    private final RuleIndex rules;
    /**
     * What a set of blocked rules says in a needs-review finding, by the set of their indices. Thousands of elements
     * share the same few sets (every call whose {@code tls} is unknown blocks the same rules), so the wording is
     * built once per set, not once per element.
     */
    private final Map<RuleSetKey, BlockedRules> ruleSetDescriptions = new ConcurrentHashMap<>();
    /** Shared strategy lists, by the bit mask of their ordinals (see {@link #strategiesOf}). */
    private final java.util.concurrent.atomic.AtomicReferenceArray<List<Strategy>> strategyLists =
            new java.util.concurrent.atomic.AtomicReferenceArray<>(1 << Strategy.values().length);
    /** How many rule ids sort before the needs-review pseudo-rule's. */
    private final int needsReviewRank;
    /**
     * Working space for one element at a time, per thread: elements are assembled on every evaluating thread, and
     * what an element's findings keep is copied out of it.
     */
    private final ThreadLocal<Scratch> scratch;

    FindingAssembler(RuleIndex rules) {
        this.rules = rules;
        int before = 0;
        for (Rule rule : rules.rules()) {
            if (rule.metadata().id().compareTo(NeedsReview.RULE_ID) < 0) {
                before++;
            }
        }
        this.needsReviewRank = before;
        this.scratch = ThreadLocal.withInitial(() -> new Scratch(rules.size()));
    }

    /** Reusable buffers for assembling one element; see {@link #scratch}. */
    private static final class Scratch {
        final BlockedFacts blocked;
        final List<Finding> findings = new ArrayList<>();
        final RuleSetKey probe = new RuleSetKey();
        final long[] allBlocked;
        BlockedRules[] blockedSets = new BlockedRules[8];

        Scratch(int rules) {
            blocked = new BlockedFacts(rules);
            allBlocked = new long[(rules + 63) >>> 6];
        }
    }

    /**
     * @param triage the model's triage decisions; {@code triaged} holds the ids of the elements that have any, so
     *               that elements without a decision need no key lookups
     */
    ElementResult assemble(ElementId element, CharSequence name, Outcome[] outcomes, Map<String, TriageDecision> triage,
            Set<String> triaged) {
        return assemble(element, name, outcomes, rules.allRules(), rules.allRules(), triage, triaged);
    }

    /**
     * Like {@link #assemble(ElementId, CharSequence, Outcome[], Map, Set)} for outcomes in the compact layout of
     * {@link ElementResult}: {@code outcomes[k]} is rule {@code ruleIndices[k]}'s, ascending; entries of
     * {@code outcomes} past {@code ruleIndices.length} are ignored, and the element's result keeps none of them.
     */
    ElementResult assemble(ElementId element, CharSequence name, Outcome[] outcomes, int[] ruleIndices, int[] slotOf,
            Map<String, TriageDecision> triage, Set<String> triaged) {
        boolean anyTriage = triaged.contains(element.value());
        Scratch space = scratch.get();
        List<Finding> findings = space.findings;
        findings.clear();
        BlockedFacts blockedBy = null;
        // Rule indices follow rule id order, so the findings come out in report order but for severity; the
        // needs-review finding goes where its id sorts among the rule ids that fired.
        int firedBeforeNeedsReview = 0;
        byte[] codes = new byte[ruleIndices.length];
        for (int k = 0; k < ruleIndices.length; k++) {
            Outcome outcome = outcomes[k];
            int i = ruleIndices[k];
            codes[k] = ElementResult.codeOf(outcome);
            if (outcome instanceof Outcome.Fire fire) {
                RuleMetadata meta = rules.get(i).metadata();
                // The finding takes the outcome's message and evidence as kept: a message the rule builds on demand
                // stays unbuilt.
                findings.add(new Finding(meta, element, name, kindOf(meta), fire.severity(), meta.strategies(),
                        fire, triageOf(meta.id(), element, triage, anyTriage)));
                if (i < needsReviewRank) {
                    firedBeforeNeedsReview++;
                }
            } else if (outcome instanceof Outcome.Unknown unknown) {
                if (blockedBy == null) {
                    blockedBy = space.blocked;
                    blockedBy.clear();
                }
                int attributeFacts = unknown.attributeFactCount();
                if (attributeFacts > 0) {
                    // Read as pairs: no label string (nor label list) is built for the facts of model attributes.
                    for (int f = 0; f < attributeFacts; f++) {
                        blockedBy.add(unknown.factElement(f), unknown.factKey(f), i);
                    }
                } else {
                    List<String> facts = unknown.unknowns();
                    for (int f = 0; f < facts.size(); f++) {
                        blockedBy.add(facts.get(f), i);
                    }
                }
            }
        }
        NeedsReviewText blocked = null;
        if (blockedBy != null) {
            blocked = needsReviewText(element, name, blockedBy, space);
            findings.add(firedBeforeNeedsReview, new Finding(NeedsReview.METADATA, element, name,
                    FindingKind.NEEDS_REVIEW, NeedsReview.severityFor(blocked.highestBlocked()),
                    strategiesOf(blocked.strategyMask()), blocked,
                    triageOf(NeedsReview.RULE_ID, element, triage, anyTriage)));
        }
        bySeverityDescending(findings);
        Finding[] kept = findings.isEmpty() ? NO_FINDINGS : findings.toArray(NO_FINDINGS);
        // The scratch list must not keep this element's findings alive until the thread's next element.
        findings.clear();
        return new ElementResult(element, name, codes, ruleIndices, slotOf, kept, blocked);
    }

    /**
     * Stable insertion sort by severity, highest first: on findings already in rule id order this gives
     * {@link #ORDER} (one element, so the element never decides) without comparing ids.
     */
    private static void bySeverityDescending(List<Finding> findings) {
        for (int i = 1; i < findings.size(); i++) {
            Finding moving = findings.get(i);
            int at = i;
            while (at > 0 && findings.get(at - 1).severity().compareTo(moving.severity()) < 0) {
                findings.set(at, findings.get(at - 1));
                at--;
            }
            findings.set(at, moving);
        }
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

    private NeedsReviewText needsReviewText(ElementId element, CharSequence name, BlockedFacts blockedBy,
            Scratch space) {
        int words = blockedBy.words();
        long[] bits = blockedBy.bits();
        long[] allBlocked = space.allBlocked;
        java.util.Arrays.fill(allBlocked, 0L);
        if (space.blockedSets.length < blockedBy.size()) {
            space.blockedSets = new BlockedRules[Math.max(blockedBy.size(), 2 * space.blockedSets.length)];
        }
        BlockedRules[] blockedSets = space.blockedSets;
        RuleSetKey probe = space.probe;
        for (int i = 0; i < blockedBy.size(); i++) {
            for (int w = 0; w < words; w++) {
                allBlocked[w] |= bits[i * words + w];
            }
            blockedSets[i] = blockedRulesOf(probe.pointAt(bits, i * words, words));
        }
        int checks = 0;
        for (int w = 0; w < words; w++) {
            checks += Long.bitCount(allBlocked[w]);
        }
        return new NeedsReviewText(element, name, checks, blockedBy, blockedSets);
    }

    /** The strategies whose ordinals are the bits of {@code mask}, in ordinal order; one shared list per mask. */
    private List<Strategy> strategiesOf(int mask) {
        List<Strategy> known = strategyLists.get(mask);
        if (known != null) {
            return known;
        }
        List<Strategy> strategies = new ArrayList<>(Integer.bitCount(mask));
        for (Strategy strategy : Strategy.values()) {
            if ((mask & 1 << strategy.ordinal()) != 0) {
                strategies.add(strategy);
            }
        }
        List<Strategy> built = List.copyOf(strategies);
        return strategyLists.compareAndSet(mask, null, built) ? built : strategyLists.get(mask);
    }

    /** The shared description of the rule set {@code probe} points at; copies the set only when first seen. */
    private BlockedRules blockedRulesOf(RuleSetKey probe) {
        BlockedRules known = ruleSetDescriptions.get(probe);
        return known != null ? known : ruleSetDescriptions.computeIfAbsent(probe.copy(), this::describe);
    }

    private BlockedRules describe(RuleSetKey ruleIndices) {
        Severity highest = Severity.LOW;
        Set<Strategy> strategies = EnumSet.noneOf(Strategy.class);
        List<String> ruleIds = new ArrayList<>();
        for (int index = ruleIndices.nextRule(0); index >= 0; index = ruleIndices.nextRule(index + 1)) {
            RuleMetadata meta = rules.get(index).metadata();
            ruleIds.add(meta.id());
            strategies.addAll(meta.strategies());
            if (meta.severity().isAtLeast(highest)) {
                highest = meta.severity();
            }
        }
        List<String> strategyIds = strategies.stream().map(Strategy::id).toList();
        String wording = "unknown; blocks " + String.join(", ", ruleIds) + " (" + String.join(", ", strategyIds) + ")";
        int strategyMask = 0;
        for (Strategy strategy : strategies) {
            strategyMask |= 1 << strategy.ordinal();
        }
        return new BlockedRules(ruleIndices, wording, strategyMask, highest);
    }
}
