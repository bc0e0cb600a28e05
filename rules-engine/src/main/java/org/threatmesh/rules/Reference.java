package org.threatmesh.rules;

import java.util.Objects;

/**
 * A pointer into a standard: the source document and an identifier in it.
 *
 * @param source     for example {@code NIST SP 800-204}, {@code NIST SP 800-204A}, {@code CWE}
 * @param identifier for example {@code MS-SS-4#2}, {@code SM-DR6}, {@code CWE-319}
 */
public record Reference(String source, String identifier) {

    public static final String SP800_204 = "NIST SP 800-204";
    public static final String SP800_204A = "NIST SP 800-204A";
    public static final String SP800_204B = "NIST SP 800-204B";
    public static final String SP800_204C = "NIST SP 800-204C";
    public static final String SP800_204D = "NIST SP 800-204D";
    public static final String CWE = "CWE";

    public Reference {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(identifier, "identifier");
    }

    /** A recommendation of SP 800-204 in the catalog's notation, for example {@code nist("MS-SS-4#2")}. */
    public static Reference nist(String recommendation) {
        return new Reference(SP800_204, recommendation);
    }

    public static Reference cwe(int number) {
        return new Reference(CWE, "CWE-" + number);
    }

    @Override
    public String toString() {
        return source + " " + identifier;
    }
}
