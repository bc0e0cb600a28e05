package org.threatmesh.model;

import java.util.Objects;

/**
 * Descriptive facts about a model, shown on the report cover and in the start page.
 *
 * @param name        the system's name
 * @param description what the system is, its source and what was assumed; may span lines
 * @param author      who maintains the model; may be empty
 * @param version     the model's own version label; may be empty
 */
public record ModelInfo(String name, String description, String author, String version) {

    public ModelInfo {
        name = Names.check(name);
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(version, "version");
        if (description.length() > 20_000) {
            throw new IllegalArgumentException("description is longer than 20000 characters");
        }
    }

    public static ModelInfo named(String name) {
        return new ModelInfo(name, "", "", "");
    }
}
