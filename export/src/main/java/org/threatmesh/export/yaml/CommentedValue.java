package org.threatmesh.export.yaml;

import java.util.List;
import java.util.Objects;

/**
 * A value to render with comment lines written just above it.
 *
 * @param comments lines without the leading {@code #}; sanitised when written
 * @param value    maps, lists and scalars
 */
public record CommentedValue(List<String> comments, Object value) {

    public CommentedValue {
        comments = List.copyOf(comments);
        Objects.requireNonNull(value, "value");
    }
}
