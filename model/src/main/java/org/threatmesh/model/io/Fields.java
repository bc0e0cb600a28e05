package org.threatmesh.model.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Set;
import java.util.function.Function;
import org.threatmesh.model.ElementId;
import org.threatmesh.model.attr.WireEnum;

/** Typed field access on a JSON object that reports a located problem instead of throwing. */
final class Fields {

    private final Problems problems;

    Fields(Problems problems) {
        this.problems = problems;
    }

    void rejectUnknown(JsonNode object, String path, Set<String> allowed) {
        Iterator<String> names = object.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                problems.add(path + "." + name, "unknown field '" + name + "'");
            }
        }
    }

    String requiredText(JsonNode object, String path, String field) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            problems.add(path, "missing required field '" + field + "'");
            return null;
        }
        if (!value.isTextual()) {
            problems.add(path + "." + field, field + " must be a string, was " + value);
            return null;
        }
        return value.asText();
    }

    /** The text, or "" when absent. */
    String optionalText(JsonNode object, String path, String field) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return "";
        }
        if (!value.isTextual()) {
            problems.add(path + "." + field, field + " must be a string, was " + value);
            return "";
        }
        return value.asText();
    }

    Double number(JsonNode object, String path, String field) {
        JsonNode value = object.get(field);
        if (value == null || !value.isNumber()) {
            problems.add(path + (value == null ? "" : "." + field), field + " must be a number");
            return null;
        }
        double number = value.doubleValue();
        if (!Double.isFinite(number) || Math.abs(number) > 1e7) {
            problems.add(path + "." + field, field + " must be a number within ±10000000");
            return null;
        }
        return number;
    }

    <I extends ElementId> I id(JsonNode object, String path, String field, Function<String, I> constructor) {
        String text = requiredText(object, path, field);
        return text == null ? null : idText(text, path + "." + field, constructor);
    }

    <I extends ElementId> I optionalId(JsonNode object, String path, String field, Function<String, I> constructor) {
        String text = optionalText(object, path, field);
        return text.isEmpty() ? null : idText(text, path + "." + field, constructor);
    }

    <I extends ElementId> I idText(String text, String path, Function<String, I> constructor) {
        try {
            return constructor.apply(text);
        } catch (IllegalArgumentException e) {
            problems.add(path, e.getMessage());
            return null;
        }
    }

    <E extends Enum<E> & WireEnum> E enumValue(JsonNode object, String path, String field, Class<E> type) {
        String text = requiredText(object, path, field);
        if (text == null) {
            return null;
        }
        E constant = WireEnum.fromWire(type, text);
        if (constant == null) {
            problems.add(path + "." + field, "unknown " + field + " '" + text + "'; expected one of "
                    + ModelDecoder.choices(type));
        }
        return constant;
    }
}
