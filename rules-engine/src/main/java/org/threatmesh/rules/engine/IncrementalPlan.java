package org.threatmesh.rules.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import org.threatmesh.model.Edge;
import org.threatmesh.model.EdgeId;
import org.threatmesh.model.ElementId;
import org.threatmesh.model.ElementType;
import org.threatmesh.model.ModelId;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeId;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.rules.Outcome;
import org.threatmesh.rules.Reach;

/**
 * What an edit between two snapshots can affect, by rule reach:
 * <ul>
 * <li>{@link Reach#ELEMENT}: a changed node; a changed edge; an edge whose endpoint changed (an edge's own facts
 * include its endpoints' kinds, zones and names, which decide north-south, east-west and its display name).</li>
 * <li>{@link Reach#NEIGHBOURS}: additionally the nodes adjacent to a changed node, the endpoints of a changed edge,
 * and every edge touching those endpoints, in the old and the new snapshot.</li>
 * <li>{@link Reach#GRAPH}: when the edit changed the topology or one of the rule's declared
 * {@link org.threatmesh.rules.Rule#graphInputs() graph inputs}, re-evaluated on every target (only changed
 * outcomes are re-assembled); otherwise like {@link Reach#NEIGHBOURS}.</li>
 * </ul>
 * Changes to zones or model-wide attributes make the plan ask for a full run, since zone chains feed nearly every
 * rule. Changed triage decisions re-attach on the elements they name.
 */
final class IncrementalPlan {

    private final ThreatModel before;
    private final ThreatModel after;
    /** The graph view the previous analysis used: its snapshot's own, or an earlier one it inherited. */
    private final org.threatmesh.model.graph.TopologyGraph beforeGraph;
    private final RuleIndex rules;
    private final boolean fullRun;
    private final Set<ElementId> changed = new HashSet<>();
    private final Set<ElementId> elementScope = new HashSet<>();
    private final Set<ElementId> neighbourScope = new HashSet<>();
    private final Set<ElementId> retriaged = new HashSet<>();
    private final List<ElementId> removed = new ArrayList<>();
    /** Attribute names changed on edited elements whose identity, kind, endpoints, zone and name stayed. */
    private final Set<String> changedAttributes = new HashSet<>();
    /** An element was added or removed, or changed more than its attributes. */
    private boolean structural;

    private IncrementalPlan(ThreatModel before, org.threatmesh.model.graph.TopologyGraph beforeGraph,
            ThreatModel after, RuleIndex rules) {
        this.before = before;
        this.beforeGraph = beforeGraph;
        this.after = after;
        this.rules = rules;
        this.fullRun = !before.zones().equals(after.zones()) || !before.attributes().equals(after.attributes());
        if (!fullRun) {
            java.util.Optional<Set<ElementId>> candidates = after.mayDifferFrom(before);
            if (candidates.isPresent()) {
                diffCandidates(candidates.get());
            } else {
                diffNodes();
                diffEdges();
            }
            for (ElementId id : changed) {
                if (id instanceof NodeId node) {
                    touchNode(before, node);
                    touchNode(after, node);
                } else if (id instanceof EdgeId edge) {
                    touchEdge(before, edge);
                    touchEdge(after, edge);
                }
            }
            diffTriage();
            if (!before.info().equals(after.info())) {
                changed.add(ModelId.MODEL);
            }
        }
    }

    /**
     * The graph view to use for {@code model}. When no call, node kind or zone changed, the previous snapshot's
     * view answers every topology query exactly as the new one would, so it is reused instead of building one.
     */
    org.threatmesh.model.graph.TopologyGraph graphOf(ThreatModel model) {
        if (model == before) {
            return beforeGraph;
        }
        return !structural ? beforeGraph : model.graph();
    }

    private void collectChangedAttributes(org.threatmesh.model.attr.Attributes old,
            org.threatmesh.model.attr.Attributes now) {
        changedAttributes.addAll(old.differingNames(now));
    }

    /** Whether a graph rule must be re-checked on all its targets, not only on the edited elements. */
    private boolean graphRuleAffected(int index) {
        if (structural || changed.contains(ModelId.MODEL)) {
            return true;
        }
        var inputs = rules.get(index).graphInputs();
        if (inputs.isEmpty()) {
            return !changedAttributes.isEmpty();
        }
        for (var key : inputs.get()) {
            if (changedAttributes.contains(key.name())) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param beforeGraph the graph view the analysis of {@code before} used, which answers every query as
     *                    {@code before.graph()} would
     */
    static IncrementalPlan between(ThreatModel before, org.threatmesh.model.graph.TopologyGraph beforeGraph,
            ThreatModel after, RuleIndex rules) {
        return new IncrementalPlan(before, beforeGraph, after, rules);
    }

    boolean requiresFullRun() {
        return fullRun;
    }

    /**
     * The context to analyse {@code after} in: for an edit of attributes alone, the successor of the previous
     * analysis' context (sharing its graph view, indexes and unaffected derived facts); otherwise a fresh one.
     */
    org.threatmesh.rules.AnalysisContext contextAfter(org.threatmesh.rules.AnalysisContext previous) {
        if (structural || previous == null || previous.model() != before) {
            return new org.threatmesh.rules.AnalysisContext(after, graphOf(after));
        }
        Set<NodeId> nodes = new HashSet<>();
        Set<EdgeId> edges = new HashSet<>();
        for (ElementId id : changed) {
            if (id instanceof NodeId node) {
                nodes.add(node);
            } else if (id instanceof EdgeId edge) {
                edges.add(edge);
            }
        }
        return previous.successor(after, nodes, edges, changedAttributes);
    }

    List<ElementId> removedElements() {
        return removed;
    }

    /** Like {@link #diffNodes()} and {@link #diffEdges()}, looking only at the elements the snapshots may differ in. */
    private void diffCandidates(Set<ElementId> candidates) {
        List<ElementId> sorted = new ArrayList<>(candidates);
        sorted.sort(null);
        for (ElementId id : sorted) {
            if (id instanceof NodeId node) {
                Node old = before.nodes().get(node);
                Node now = after.nodes().get(node);
                if (old != now && !Objects.equals(old, now)) {
                    nodeChanged(node);
                }
            } else if (id instanceof EdgeId edge) {
                Edge old = before.edges().get(edge);
                Edge now = after.edges().get(edge);
                if (old != now && !Objects.equals(old, now)) {
                    edgeChanged(edge);
                }
            }
        }
    }

    private void diffNodes() {
        forEachDifference(before.nodes(), after.nodes(), this::nodeChanged);
    }

    private void nodeChanged(NodeId id) {
        changed.add(id);
        Node old = before.nodes().get(id);
        Node now = after.nodes().get(id);
        if (old == null || now == null || old.kind() != now.kind() || !old.zone().equals(now.zone())
                || !old.name().equals(now.name())) {
            structural = true;
        } else {
            collectChangedAttributes(old.attributes(), now.attributes());
        }
        if (!after.nodes().containsKey(id)) {
            removed.add(id);
        }
    }

    private void touchNode(ThreatModel model, NodeId id) {
        if (!model.nodes().containsKey(id)) {
            return;
        }
        elementScope.add(id);
        neighbourScope.add(id);
        for (EdgeId edge : graphOf(model).edgesOf(id)) {
            elementScope.add(edge);
            neighbourScope.add(edge);
            Edge value = model.edges().get(edge);
            neighbourScope.add(value.from());
            neighbourScope.add(value.to());
        }
    }

    private void diffEdges() {
        forEachDifference(before.edges(), after.edges(), this::edgeChanged);
    }

    private void edgeChanged(EdgeId id) {
        changed.add(id);
        Edge old = before.edges().get(id);
        Edge now = after.edges().get(id);
        if (old == null || now == null || !old.from().equals(now.from()) || !old.to().equals(now.to())
                || !old.name().equals(now.name())) {
            structural = true;
        } else {
            collectChangedAttributes(old.attributes(), now.attributes());
        }
        if (!after.edges().containsKey(id)) {
            removed.add(id);
        }
    }

    private void touchEdge(ThreatModel model, EdgeId id) {
        Edge edge = model.edges().get(id);
        if (edge == null) {
            return;
        }
        elementScope.add(id);
        neighbourScope.add(id);
        for (NodeId end : List.of(edge.from(), edge.to())) {
            neighbourScope.add(end);
            neighbourScope.addAll(graphOf(model).edgesOf(end));
        }
    }

    private void diffTriage() {
        Set<String> keys = new HashSet<>();
        forEachDifference(before.triage(), after.triage(), keys::add);
        for (String key : keys) {
            String element = key.substring(key.indexOf('@') + 1);
            addIfPresent(element);
        }
    }

    private void addIfPresent(String value) {
        try {
            NodeId node = new NodeId(value);
            if (after.nodes().containsKey(node)) {
                retriaged.add(node);
            }
            EdgeId edge = new EdgeId(value);
            if (after.edges().containsKey(edge)) {
                retriaged.add(edge);
            }
            if (value.equals(ModelId.MODEL.value())) {
                retriaged.add(ModelId.MODEL);
            }
            org.threatmesh.model.ZoneId zone = new org.threatmesh.model.ZoneId(value);
            if (after.zones().containsKey(zone)) {
                retriaged.add(zone);
            }
        } catch (IllegalArgumentException notAnId) {
            // a malformed key names no element; the decision shows up as stale
        }
    }

    /**
     * Re-evaluates what the edit can affect. Returns the new outcome arrays of every element whose outcomes, name
     * or triage may differ from {@code previous}; elements absent from the map are unchanged.
     */
    Map<ElementId, Outcome[]> reevaluate(Evaluations evaluations, ElementResults previous) {
        Map<ElementId, Outcome[]> result = new HashMap<>();
        for (ElementId id : changed) {
            if (evaluations.exists(id)) {
                result.put(id, evaluations.evaluateAll(id));
            }
        }
        Set<ElementId> local = new HashSet<>(elementScope);
        local.addAll(neighbourScope);
        for (ElementId id : local) {
            if (result.containsKey(id) || !evaluations.exists(id)) {
                continue;
            }
            Outcome[] outcomes = previous.get(id).outcomes(rules);
            for (int index : evaluations.rulesFor(id)) {
                Reach reach = rules.reachOf(index);
                if (reach == Reach.ELEMENT && elementScope.contains(id)
                        || reach == Reach.NEIGHBOURS && neighbourScope.contains(id)
                        || reach == Reach.GRAPH && !graphRuleAffected(index) && neighbourScope.contains(id)) {
                    outcomes[index] = evaluations.evaluate(index, id);
                }
            }
            result.put(id, outcomes);
        }
        reevaluateGraphRules(evaluations, previous, result);
        for (ElementId id : retriaged) {
            result.computeIfAbsent(id, key -> previous.get(key).outcomes(rules));
        }
        return result;
    }

    private void reevaluateGraphRules(Evaluations evaluations, ElementResults previous,
            Map<ElementId, Outcome[]> result) {
        for (int index = 0; index < rules.size(); index++) {
            if (rules.reachOf(index) != Reach.GRAPH || !graphRuleAffected(index)) {
                continue;
            }
            ElementType type = rules.get(index).metadata().targets().type();
            for (ElementId id : targetsOf(type, index, evaluations.context())) {
                if (changed.contains(id)) {
                    continue;
                }
                Outcome fresh = evaluations.evaluate(index, id, evaluations.resolve(id));
                Outcome[] current = result.get(id);
                boolean same = current != null ? Objects.equals(fresh, current[index])
                        : sameAsKept(fresh, previous.get(id), index);
                if (!same) {
                    if (current == null) {
                        current = previous.get(id).outcomes(rules);
                        result.put(id, current);
                    }
                    current[index] = fresh;
                }
            }
        }
    }

    /**
     * Whether {@code fresh} equals the outcome {@code kept} holds for rule {@code index}. A graph rule's edit
     * re-evaluates it on thousands of elements, most of which pass or do not apply as before: their codes decide
     * without rebuilding the kept outcome (for a firing one, its message).
     */
    private boolean sameAsKept(Outcome fresh, ElementResult kept, int index) {
        byte code = ElementResult.codeOf(fresh);
        if (code != kept.code(index)) {
            return false;
        }
        return code == ElementResult.PASS || code == ElementResult.NOT_APPLICABLE
                || fresh.equals(kept.outcome(index, rules));
    }

    private Iterable<? extends ElementId> targetsOf(ElementType type, int index,
            org.threatmesh.rules.AnalysisContext context) {
        return switch (type) {
            case NODE -> {
                List<NodeId> targets = new ArrayList<>();
                for (org.threatmesh.model.NodeKind kind : rules.get(index).metadata().targets().nodeKinds()) {
                    for (Node node : context.nodesOfKind(kind)) {
                        targets.add(node.id());
                    }
                }
                yield targets;
            }
            case EDGE -> after.edges().keySet();
            case ZONE -> after.zones().keySet();
            case MODEL -> List.of(ModelId.MODEL);
        };
    }

    /** Calls {@code action} with every key whose value differs between two maps sorted the same way. */
    private static <K extends Comparable<? super K>, V> void forEachDifference(SortedMap<K, V> left,
            SortedMap<K, V> right, java.util.function.Consumer<K> action) {
        Iterator<Map.Entry<K, V>> a = left.entrySet().iterator();
        Iterator<Map.Entry<K, V>> b = right.entrySet().iterator();
        Map.Entry<K, V> x = a.hasNext() ? a.next() : null;
        Map.Entry<K, V> y = b.hasNext() ? b.next() : null;
        while (x != null || y != null) {
            int order = x == null ? 1 : y == null ? -1 : x.getKey().compareTo(y.getKey());
            if (order < 0) {
                action.accept(x.getKey());
                x = a.hasNext() ? a.next() : null;
            } else if (order > 0) {
                action.accept(y.getKey());
                y = b.hasNext() ? b.next() : null;
            } else {
                if (x.getValue() != y.getValue() && !x.getValue().equals(y.getValue())) {
                    action.accept(x.getKey());
                }
                x = a.hasNext() ? a.next() : null;
                y = b.hasNext() ? b.next() : null;
            }
        }
    }
}
