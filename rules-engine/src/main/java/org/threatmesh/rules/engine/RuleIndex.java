package org.threatmesh.rules.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.threatmesh.model.ElementType;
import org.threatmesh.model.NodeKind;
import org.threatmesh.rules.EdgeRule;
import org.threatmesh.rules.ModelRule;
import org.threatmesh.rules.NodeRule;
import org.threatmesh.rules.Reach;
import org.threatmesh.rules.Rule;
import org.threatmesh.rules.ZoneRule;

/**
 * The rules an analyzer runs, sorted by id, each with a fixed index, grouped by the element type they target.
 * Rejects duplicate ids and rules whose interface does not match their declared target type.
 */
final class RuleIndex {

    private final List<Rule> rules;
    /** The rules as an array: {@link #get} runs once per (rule, element) pair. */
    private final Rule[] ruleArray;
    private final Map<ElementType, List<Integer>> byType = new EnumMap<>(ElementType.class);
    private final Map<NodeKind, List<Integer>> byNodeKind = new EnumMap<>(NodeKind.class);
    /** The same indices as plain arrays (by ordinal): a full analysis walks them for every element, unboxed. */
    private final int[][] byTypeArray = new int[ElementType.values().length][];
    private final int[][] byNodeKindArray = new int[NodeKind.values().length][];
    /** For each of those arrays, the position of each rule index in it, or -1 (see {@link ElementResult}). */
    private final int[][] slotsByType = new int[ElementType.values().length][];
    private final int[][] slotsByNodeKind = new int[NodeKind.values().length][];
    /** Every rule index, in order: the layout of outcome arrays over all rules. */
    private final int[] allRules;

    RuleIndex(List<? extends Rule> candidates) {
        List<Rule> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparing(rule -> rule.metadata().id()));
        Set<String> ids = new HashSet<>();
        for (Rule rule : sorted) {
            if (!ids.add(rule.metadata().id())) {
                throw new IllegalArgumentException("duplicate rule id '" + rule.metadata().id() + "'");
            }
            checkShape(rule);
        }
        this.rules = Collections.unmodifiableList(sorted);
        this.ruleArray = sorted.toArray(new Rule[0]);
        for (ElementType type : ElementType.values()) {
            byType.put(type, new ArrayList<>());
        }
        for (NodeKind kind : NodeKind.values()) {
            byNodeKind.put(kind, new ArrayList<>());
        }
        for (int i = 0; i < sorted.size(); i++) {
            Rule rule = sorted.get(i);
            ElementType type = rule.metadata().targets().type();
            byType.get(type).add(i);
            if (type == ElementType.NODE) {
                for (NodeKind kind : rule.metadata().targets().nodeKinds()) {
                    byNodeKind.get(kind).add(i);
                }
            }
        }
        byType.forEach((type, indices) -> byTypeArray[type.ordinal()] = toArray(indices));
        byNodeKind.forEach((kind, indices) -> byNodeKindArray[kind.ordinal()] = toArray(indices));
        for (int t = 0; t < byTypeArray.length; t++) {
            slotsByType[t] = slotsOf(byTypeArray[t], sorted.size());
        }
        for (int k = 0; k < byNodeKindArray.length; k++) {
            slotsByNodeKind[k] = slotsOf(byNodeKindArray[k], sorted.size());
        }
        allRules = new int[sorted.size()];
        for (int i = 0; i < allRules.length; i++) {
            allRules[i] = i;
        }
    }

    private static int[] slotsOf(int[] indices, int rules) {
        int[] slots = new int[rules];
        java.util.Arrays.fill(slots, -1);
        for (int k = 0; k < indices.length; k++) {
            slots[indices[k]] = k;
        }
        return slots;
    }

    private static int[] toArray(List<Integer> indices) {
        return indices.stream().mapToInt(Integer::intValue).toArray();
    }

    private static void checkShape(Rule rule) {
        ElementType type = rule.metadata().targets().type();
        boolean matches = switch (type) {
            case NODE -> rule instanceof NodeRule;
            case EDGE -> rule instanceof EdgeRule;
            case ZONE -> rule instanceof ZoneRule;
            case MODEL -> rule instanceof ModelRule;
        };
        if (!matches) {
            throw new IllegalArgumentException("rule '" + rule.metadata().id() + "' targets " + type
                    + " but does not implement the matching rule interface");
        }
    }

    List<Rule> rules() {
        return rules;
    }

    int size() {
        return rules.size();
    }

    Rule get(int index) {
        return ruleArray[index];
    }

    /** Indices of the rules evaluated on elements of {@code type} (node rules: all kinds). */
    List<Integer> forType(ElementType type) {
        return byType.get(type);
    }

    /** Indices of the node rules evaluated on nodes of {@code kind}, in id order. */
    List<Integer> forNodeKind(NodeKind kind) {
        return byNodeKind.get(kind);
    }

    /** Like {@link #forType}, as an array the caller must not modify. */
    int[] arrayForType(ElementType type) {
        return byTypeArray[type.ordinal()];
    }

    /** Like {@link #forNodeKind}, as an array the caller must not modify. */
    int[] arrayForNodeKind(NodeKind kind) {
        return byNodeKindArray[kind.ordinal()];
    }

    /** The positions of rule indices in {@link #arrayForType}, -1 for rules not in it; not to be modified. */
    int[] slotsForType(ElementType type) {
        return slotsByType[type.ordinal()];
    }

    /** The positions of rule indices in {@link #arrayForNodeKind}, -1 for rules not in it; not to be modified. */
    int[] slotsForNodeKind(NodeKind kind) {
        return slotsByNodeKind[kind.ordinal()];
    }

    /** Every rule index in order, for outcome arrays that span all rules; not to be modified. */
    int[] allRules() {
        return allRules;
    }

    Reach reachOf(int index) {
        return rules.get(index).reach();
    }
}
