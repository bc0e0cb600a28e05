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
        // Kept as the enum set itself, not an unmodifiable view: toNode then tests a bit at a call site that only
        // ever sees enum sets. Through the view it went via a call site shared by every unmodifiable collection,
        // and rules ask it for the ends of most calls. The accessor hands out a view.
        nodeKinds = nodeKinds.isEmpty() ? Set.of() : EnumSet.copyOf(nodeKinds);
        if ((element == ElementType.NODE) == nodeKinds.isEmpty()) {
            throw new IllegalArgumentException("node kinds are required for nodes and only for nodes");
        }
    }

    /** The node kinds, for {@link ElementType#NODE}; empty for other element types. Cannot be modified. */
    @Override
    public Set<NodeKind> nodeKinds() {
        return java.util.Collections.unmodifiableSet(nodeKinds);
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
