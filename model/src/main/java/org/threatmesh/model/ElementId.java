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

    /** Same as matching {@link #SYNTAX}, without a regex: ids are checked hundreds of thousands of times per load. */
    static boolean isValid(String value) {
        if (value == null || value.isEmpty() || value.length() > 128) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean alphanumeric = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
            if (!alphanumeric && (i == 0 || c != '.' && c != '_' && c != ':' && c != '-')) {
                return false;
            }
        }
        return true;
    }

    @Override
    default int compareTo(ElementId other) {
        int byType = type().compareTo(other.type());
        return byType != 0 ? byType : value().compareTo(other.value());
    }

    /** Throws when {@code value} is not a valid id. */
    static String checkSyntax(String value) {
        if (!isValid(value)) {
            throw new IllegalArgumentException(
                    "invalid id '" + value + "': use 1-128 letters, digits, '.', '_', ':' or '-', starting with a letter or digit");
        }
        return value;
    }
}
