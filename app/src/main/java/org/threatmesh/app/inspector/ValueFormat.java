package org.threatmesh.app.inspector;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.threatmesh.model.attr.AttributeKey;
import org.threatmesh.model.attr.ServiceVersion;
import org.threatmesh.model.attr.WireEnum;

/**
 * How attribute values are written in and read back from inspector fields. Text lists are comma-separated;
 * versions are {@code id weight%} with an optional {@code monitored}, comma-separated (for example
 * {@code v1 90% monitored, v2 10%}). An empty field means unknown.
 */
public final class ValueFormat {

    /** What an unknown value is called in choices. */
    public static final String UNKNOWN = "unknown";
    private static final Pattern VERSION = Pattern.compile("(\\S+)\\s+(\\d{1,3})\\s*%?(\\s+monitored)?",
            Pattern.CASE_INSENSITIVE);

    private ValueFormat() {
    }

    /** The text shown for a known value. */
    public static String format(Object value) {
        if (value instanceof WireEnum wire) {
            return label(wire);
        }
        if (value instanceof List<?> list) {
            List<String> parts = new ArrayList<>();
            for (Object item : list) {
                parts.add(item instanceof ServiceVersion v
                        ? v.id() + " " + v.weight() + "%" + (v.monitored() ? " monitored" : "") : String.valueOf(item));
            }
            return String.join(", ", parts);
        }
        return String.valueOf(value);
    }

    /** A readable spelling of an enum constant: its wire name with spaces. */
    public static String label(WireEnum value) {
        return value.wireName().replace('_', ' ');
    }

    /**
     * Reads typed text as a value of {@code key}'s type and checks it against the key's domain.
     *
     * @return the checked value, or null when the text is empty (unknown)
     * @throws IllegalArgumentException with a message for the user when the text is not a valid value
     */
    public static Object parse(AttributeKey<?> key, String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            return null;
        }
        Object raw = switch (key.type()) {
            case INTEGER -> {
                try {
                    yield Integer.valueOf(trimmed.replace("_", "").replace(" ", ""));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(key.name() + " must be a whole number"
                            + (key.unit().isEmpty() ? "" : " of " + key.unit()));
                }
            }
            case TEXT -> trimmed;
            case TEXT_LIST -> splitList(trimmed);
            case VERSIONS -> parseVersions(key, trimmed);
            case BOOLEAN -> parseBoolean(key, trimmed);
            case ENUM -> parseEnum(key, trimmed);
        };
        return key.check(raw);
    }

    private static List<String> splitList(String text) {
        List<String> items = new ArrayList<>();
        for (String part : text.split(",")) {
            if (!part.isBlank()) {
                items.add(part.strip());
            }
        }
        return items;
    }

    private static List<ServiceVersion> parseVersions(AttributeKey<?> key, String text) {
        List<ServiceVersion> versions = new ArrayList<>();
        for (String part : splitList(text)) {
            Matcher m = VERSION.matcher(part);
            if (!m.matches()) {
                throw new IllegalArgumentException(key.name() + ": write each version as 'id weight%' with an "
                        + "optional 'monitored', for example 'v2 10% monitored'; '" + part + "' is not");
            }
            versions.add(new ServiceVersion(m.group(1), Integer.parseInt(m.group(2)), m.group(3) != null));
        }
        return versions;
    }

    private static Boolean parseBoolean(AttributeKey<?> key, String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "yes" -> Boolean.TRUE;
            case "false", "no" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException(key.name() + " must be true or false");
        };
    }

    private static Object parseEnum(AttributeKey<?> key, String text) {
        for (WireEnum constant : key.enumConstants()) {
            if (constant.wireName().equals(text) || label(constant).equals(text)) {
                return constant;
            }
        }
        throw new IllegalArgumentException(key.name() + " must be one of " + key.wireNames());
    }
}
