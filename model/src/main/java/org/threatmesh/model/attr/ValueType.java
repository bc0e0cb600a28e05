package org.threatmesh.model.attr;

/** The shape of an attribute's value, which decides how it is stored, edited and validated. */
public enum ValueType {
    /** One constant of a {@link WireEnum} enum. */
    ENUM,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** A whole number within the key's bounds, in the key's unit. */
    INTEGER,
    /** Free text on one line. */
    TEXT,
    /** An ordered list of one-line texts. */
    TEXT_LIST,
    /** An ordered list of {@link ServiceVersion}s. */
    VERSIONS
}
