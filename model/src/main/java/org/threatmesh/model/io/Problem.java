package org.threatmesh.model.io;

import java.util.Objects;

/**
 * One thing wrong with a model file, located as precisely as the input allows.
 *
 * @param file    the file name as the user gave it
 * @param line    1-based line, or 0 when unknown
 * @param column  1-based column, or 0 when unknown
 * @param path    JSON path of the offending value, for example {@code $.edges[3].to}; empty when not applicable
 * @param message what is wrong, in words a user can act on
 */
public record Problem(String file, int line, int column, String path, String message) {

    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /** {@code file:line:column: message (at path)}, leaving out what is unknown. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(file);
        if (line > 0) {
            out.append(':').append(line);
            if (column > 0) {
                out.append(':').append(column);
            }
        }
        out.append(": ").append(message);
        if (!path.isEmpty()) {
            out.append(" (at ").append(path).append(')');
        }
        return out.toString();
    }
}
