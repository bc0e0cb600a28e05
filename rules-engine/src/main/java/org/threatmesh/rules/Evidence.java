package org.threatmesh.rules;

import java.util.Objects;

/**
 * One model fact that made a rule fire, for example {@code tls = none} on an edge.
 *
 * @param subject the element id or name the fact is about
 * @param fact    the attribute or derived property, for example {@code tls} or {@code reachable from internet}
 * @param value   its value as written in model files, for example {@code none}
 */
public record Evidence(String subject, String fact, String value) {

    public Evidence {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(fact, "fact");
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return subject + ": " + fact + " = " + value;
    }
}
