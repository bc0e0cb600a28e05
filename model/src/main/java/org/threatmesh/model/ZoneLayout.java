package org.threatmesh.model;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a zone is drawn and in which colour.
 *
 * @param bounds the zone's rectangle
 * @param color  fill colour as {@code #rrggbb}, or empty for the kind's default
 */
public record ZoneLayout(Bounds bounds, Optional<String> color) {

    private static final Pattern HEX_COLOR = Pattern.compile("#[0-9a-f]{6}");

    public ZoneLayout {
        Objects.requireNonNull(bounds, "bounds");
        Objects.requireNonNull(color, "color");
        if (color.filter(c -> !HEX_COLOR.matcher(c).matches()).isPresent()) {
            throw new IllegalArgumentException("colour must be #rrggbb in lower case, was " + color.get());
        }
    }

    public static ZoneLayout of(Bounds bounds) {
        return new ZoneLayout(bounds, Optional.empty());
    }

    public ZoneLayout withBounds(Bounds newBounds) {
        return new ZoneLayout(newBounds, color);
    }
}
