package org.threatmesh.rules;

import java.util.EnumSet;
import java.util.Set;
import org.threatmesh.model.ElementType;
import org.threatmesh.model.NodeKind;

/**
 * The elements a rule is evaluated on.
 *
 * @param type      node, edge, zone or the whole model
 * @param nodeKinds for node rules, the kinds evaluated; empty otherwise
 */
public record Targets(ElementType type, Set<NodeKind> nodeKinds) {

    public Targets {
        nodeKinds = Set.copyOf(nodeKinds);
        if ((type == ElementType.NODE) == nodeKinds.isEmpty()) {
            throw new IllegalArgumentException("node kinds are required for node rules and only for them");
        }
    }

    public static Targets nodes(NodeKind first, NodeKind... rest) {
        return new Targets(ElementType.NODE, EnumSet.of(first, rest));
    }

    public static Targets nodes(Set<NodeKind> kinds) {
        return new Targets(ElementType.NODE, kinds);
    }

    public static Targets edges() {
        return new Targets(ElementType.EDGE, Set.of());
    }

    public static Targets zones() {
        return new Targets(ElementType.ZONE, Set.of());
    }

    public static Targets model() {
        return new Targets(ElementType.MODEL, Set.of());
    }
}
