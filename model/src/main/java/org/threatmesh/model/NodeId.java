package org.threatmesh.model;

/** Stable identity of a node; see {@link ElementId}. */
public record NodeId(String value) implements ElementId {

    public NodeId {
        ElementId.checkSyntax(value);
    }

    public static NodeId of(String value) {
        return new NodeId(value);
    }

    @Override
    public ElementType type() {
        return ElementType.NODE;
    }

    @Override
    public String toString() {
        return value;
    }
}
