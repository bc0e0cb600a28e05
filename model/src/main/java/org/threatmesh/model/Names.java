package org.threatmesh.model;

import java.util.Objects;

/** Rules for display names, shared by every element. */
final class Names {

    static final int MAX_LENGTH = 200;

    private Names() {
    }

    static String check(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        if (name.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("name is longer than " + MAX_LENGTH + " characters");
        }
        if (name.indexOf('\n') >= 0 || name.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("name must be a single line");
        }
        return name;
    }
}
