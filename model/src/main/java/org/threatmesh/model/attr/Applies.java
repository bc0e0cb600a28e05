package org.threatmesh.model.attr;

import java.util.EnumSet;
import java.util.Set;
import org.threatmesh.model.ElementType;
import org.threatmesh.model.NodeKind;

/**
 * Which elements an attribute may be set on.
 *
 * @param element   the element type
 * @param nodeKinds for {@link ElementType#NODE}, the node kinds; empty for other element types
 */
public record Applies(ElementType element, Set<NodeKind> nodeKinds) {

    public Applies {
        // An enum set answers toNode with a bit test; rules ask it for the ends of most calls.
        nodeKinds = nodeKinds.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(EnumSet.copyOf(nodeKinds));
        if ((element == ElementType.NODE) == nodeKinds.isEmpty()) {
            throw new IllegalArgumentException("node kinds are required for nodes and only for nodes");
        }
    }

    public static Applies edges() {
        return new Applies(ElementType.EDGE, Set.of());
    }

    public static Applies zones() {
        return new Applies(ElementType.ZONE, Set.of());
    }

    public static Applies model() {
        return new Applies(ElementType.MODEL, Set.of());
    }

    public static Applies nodes(NodeKind first, NodeKind... rest) {
        return new Applies(ElementType.NODE, EnumSet.of(first, rest));
    }

    public static Applies nodes(Set<NodeKind> kinds) {
        return new Applies(ElementType.NODE, kinds);
    }

    /** Whether the attribute may be set on a node of {@code kind}. */
    public boolean toNode(NodeKind kind) {
        return element == ElementType.NODE && nodeKinds.contains(kind);
    }
}
