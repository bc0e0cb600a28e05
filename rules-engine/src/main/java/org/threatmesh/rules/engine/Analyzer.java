package org.threatmesh.rules.engine;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.threatmesh.model.ElementId;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.TriageDecision;
import org.threatmesh.rules.AnalysisContext;
import org.threatmesh.rules.Finding;
import org.threatmesh.rules.Outcome;
import org.threatmesh.rules.Rule;
import org.threatmesh.rules.builtin.BuiltInRules;

/**
 * Evaluates a fixed set of rules on model snapshots. {@link #analyze} evaluates every rule on each of its targets,
 * visiting targets in id order; {@link #reanalyze} re-checks only what an edit can affect (see
 * {@link IncrementalPlan}) and yields a result equal to a full run. Thread-safe: an analyzer holds no mutable state.
 */
public final class Analyzer {

    private final RuleIndex index;
    private final Map<String, Integer> positions = new HashMap<>();
    private final FindingAssembler assembler;
    /**
     * Each evaluating thread's outcome array, reused from element to element: an element's result keeps codes, not
     * outcomes, and an array per element was 4 MB of what analysing 5,000 services allocates.
     */
    private final ThreadLocal<Outcome[]> workingOutcomes;
    private final ReportOrder reportOrder;
    private final Clock clock;

    /**
     * @param rules the rules to run; ids must be unique
     * @param clock decides "today" for triage expiry
     * @throws IllegalArgumentException on duplicate ids or a rule whose interface does not match its targets
     */
    public Analyzer(List<? extends Rule> rules, Clock clock) {
        this.index = new RuleIndex(rules);
        for (int i = 0; i < index.size(); i++) {
            positions.put(index.get(i).metadata().id(), i);
        }
        if (positions.containsKey(NeedsReview.RULE_ID)) {
            throw new IllegalArgumentException("rule id '" + NeedsReview.RULE_ID + "' is reserved for the engine");
        }
        this.assembler = new FindingAssembler(index);
        this.workingOutcomes = ThreadLocal.withInitial(() -> new Outcome[index.size()]);
        this.reportOrder = new ReportOrder(List.copyOf(positions.keySet()));
        this.clock = clock;
    }

    /** An analyzer running every built-in rule, judging triage expiry by the UTC system clock. */
    public static Analyzer withBuiltInRules() {
        return new Analyzer(BuiltInRules.all(), Clock.systemUTC());
    }

    /** The rules, in id order. */
    public List<Rule> rules() {
        return index.rules();
    }

    RuleIndex index() {
        return index;
    }

    int indexOf(String ruleId) {
        return positions.getOrDefault(ruleId, -1);
    }

    /** Evaluates every rule on every target of {@code model}. */
    public AnalysisResult analyze(ThreatModel model) {
        Evaluations evaluations = new Evaluations(index, new AnalysisContext(model));
        evaluations.context().prepareIndexes();
        int elements = model.nodes().size() + model.edges().size() + model.zones().size() + 1;
        List<Object> targets = new ArrayList<>(elements);
        // The model's rules read the whole graph, so the model goes first: evaluated last, it ran alone on one core
        // while the other had nothing left to do.
        targets.add(evaluations.context());
        targets.addAll(model.nodes().values());
        targets.addAll(model.edges().values());
        targets.addAll(model.zones().values());
        Map<String, TriageDecision> triage = model.triage();
        java.util.Set<String> triaged = FindingAssembler.triagedElements(triage);
        // Elements are independent, so they are evaluated in parallel; the result is put in order afterwards, so
        // the order of evaluation never shows.
        int firstCall = 1 + model.nodes().size();
        List<Assembled> evaluated = ChunkedParallel.map(targets, (target, position) -> {
            ElementId element = target instanceof org.threatmesh.model.Node node ? node.id()
                    : target instanceof org.threatmesh.model.Edge edge ? edge.id()
                    : target instanceof org.threatmesh.model.TrustZone zone ? zone.id()
                    : org.threatmesh.model.ModelId.MODEL;
            boolean call = target instanceof org.threatmesh.model.Edge;
            Outcome[] outcomes;
            if (call) {
                // Calls follow the nodes, in id order: the call's number in the snapshot's index.
                evaluations.context().evaluatingCall((org.threatmesh.model.Edge) target, position - firstCall);
                try {
                    outcomes = evaluations.evaluateTargeted(element, target, workingOutcomes.get());
                } finally {
                    // The pool's threads outlive the analysis; they must not keep its snapshot alive.
                    evaluations.context().evaluatingCall(null, -1);
                }
            } else {
                outcomes = evaluations.evaluateTargeted(element, target, workingOutcomes.get());
            }
            int[] ruleIndices = evaluations.indicesFor(element, target);
            ElementResult result = assembler.assemble(element, evaluations.nameOf(element, target), outcomes,
                    ruleIndices, evaluations.slotsFor(element, target), triage, triaged);
            java.util.Arrays.fill(outcomes, 0, ruleIndices.length, null);
            return new Assembled(result, reportOrder.bucketsOf(result.findings()));
        });
        // Element id order is node, call, zone (each map sorted by id), then the model element.
        List<ElementResult> inElementOrder = new ArrayList<>(elements);
        List<int[]> buckets = new ArrayList<>(elements);
        for (int i = 1; i <= evaluated.size(); i++) {
            Assembled assembled = evaluated.get(i % evaluated.size());
            inElementOrder.add(assembled.result());
            buckets.add(assembled.buckets());
        }
        // Ordering the findings and indexing the results by element are independent passes over 26,000 elements
        // of the largest models, so they run side by side.
        java.util.concurrent.ForkJoinTask<List<Finding>> findings =
                java.util.concurrent.ForkJoinTask.adapt(() -> reportOrder.of(inElementOrder, buckets)).fork();
        ElementResults results = ElementResults.of(inElementOrder);
        return new AnalysisResult(this, model, today(), results, findings.join(),
                evaluations.context(), null, java.util.Set.of());
    }

    /**
     * Analyses {@code next}, reusing {@code previous} for everything the difference between the two snapshots cannot
     * affect. The result equals {@code analyze(next)}.
     *
     * @throws IllegalArgumentException when {@code previous} came from another analyzer
     */
    public AnalysisResult reanalyze(AnalysisResult previous, ThreatModel next) {
        if (previous.analyzer() != this) {
            throw new IllegalArgumentException("the previous result was produced by another analyzer");
        }
        LocalDate today = today();
        if (previous.model() == next && previous.today().equals(today)) {
            return previous;
        }
        IncrementalPlan plan = IncrementalPlan.between(previous.model(), previous.context().graph(), next, index);
        if (plan.requiresFullRun() || !previous.today().equals(today)) {
            return analyze(next);
        }
        Evaluations evaluations = new Evaluations(index, plan.contextAfter(previous.context()));
        Map<ElementId, Outcome[]> changed = plan.reevaluate(evaluations, previous.elements());
        java.util.Set<String> triaged = FindingAssembler.triagedElements(next.triage());
        ElementResults elements = previous.elements();
        Map<ElementId, ElementResult> replaced = new HashMap<>();
        List<ElementId> gone = new ArrayList<>();
        List<Finding> removed = new ArrayList<>();
        List<Finding> added = new ArrayList<>();
        java.util.Set<ElementId> differing = new java.util.HashSet<>();
        for (ElementId element : plan.removedElements()) {
            ElementResult old = elements.get(element);
            if (old != null) {
                removed.addAll(old.findings());
                gone.add(element);
                if (!old.findings().isEmpty()) {
                    differing.add(element);
                }
            }
        }
        for (Map.Entry<ElementId, Outcome[]> entry : changed.entrySet()) {
            ElementResult old = elements.get(entry.getKey());
            ElementResult fresh = assembler.assemble(entry.getKey(),
                    evaluations.nameOf(entry.getKey(), evaluations.resolve(entry.getKey())), entry.getValue(),
                    next.triage(), triaged);
            if (fresh.sameAs(old)) {
                continue;
            }
            if (old != null) {
                removed.addAll(old.findings());
            }
            added.addAll(fresh.findings());
            replaced.put(entry.getKey(), fresh);
            if (old == null ? !fresh.findings().isEmpty() : !old.findings().equals(fresh.findings())) {
                differing.add(entry.getKey());
            }
        }
        List<Finding> findings = SortedFindings.update(previous.findings(), removed, added, FindingAssembler.ORDER);
        return new AnalysisResult(this, next, today, elements.with(replaced, gone), findings, evaluations.context(),
                previous, differing);
    }

    /** One element's result and the report-order bucket of each of its findings. */
    private record Assembled(ElementResult result, int[] buckets) {
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
