package org.threatmesh.export.manifest;

import java.util.Objects;

/**
 * A value the model does not know and the user must fill in. The token is written into the output verbatim, is
 * unmistakable ({@code REPLACE-ME-...} or {@code replace-me-...} where the field only takes DNS names) and still
 * satisfies the field's schema, so validation passes but nobody can mistake it for a real value.
 *
 * @param token what is written into the file
 * @param what  what the user must put there, in words
 */
public record Placeholder(String token, String what) implements Comparable<Placeholder> {

    public Placeholder {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(what, "what");
        if (!token.toUpperCase(java.util.Locale.ROOT).startsWith("REPLACE-ME")) {
            throw new IllegalArgumentException("placeholders must start with REPLACE-ME: " + token);
        }
    }

    @Override
    public int compareTo(Placeholder other) {
        int byToken = token.compareTo(other.token);
        return byToken != 0 ? byToken : what.compareTo(other.what);
    }
}
