package org.threatmesh.model;

import java.util.regex.Pattern;

/**
 * The stable identity of a model element. Ids never change when an element is renamed, so findings, triage
 * decisions and layout entries keyed by id survive renames.
 */
public sealed interface ElementId extends Comparable<ElementId> permits NodeId, EdgeId, ZoneId, ModelId {

    /** Ids are short, printable and safe in file names, JSON paths and Kubernetes labels after mapping. */
    Pattern SYNTAX = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");

    String value();

    ElementType type();

    @Override
    default int compareTo(ElementId other) {
        int byType = type().compareTo(other.type());
        return byType != 0 ? byType : value().compareTo(other.value());
    }

    /** Throws when {@code value} is not a valid id. */
    static String checkSyntax(String value) {
        if (value == null || !SYNTAX.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "invalid id '" + value + "': use 1-128 letters, digits, '.', '_', ':' or '-', starting with a letter or digit");
        }
        return value;
    }
}
