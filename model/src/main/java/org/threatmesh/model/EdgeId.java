package org.threatmesh.model;

/** Stable identity of a edge; see {@link ElementId}. */
public record EdgeId(String value) implements ElementId {

    public EdgeId {
        ElementId.checkSyntax(value);
    }

    public static EdgeId of(String value) {
        return new EdgeId(value);
    }

    @Override
    public ElementType type() {
        return ElementType.EDGE;
    }

    @Override
    public String toString() {
        return value;
    }
}
