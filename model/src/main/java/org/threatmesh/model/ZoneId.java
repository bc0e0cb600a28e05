package org.threatmesh.model;

/** Stable identity of a zone; see {@link ElementId}. */
public record ZoneId(String value) implements ElementId {

    public ZoneId {
        ElementId.checkSyntax(value);
    }

    public static ZoneId of(String value) {
        return new ZoneId(value);
    }

    @Override
    public ElementType type() {
        return ElementType.ZONE;
    }

    @Override
    public String toString() {
        return value;
    }
}
