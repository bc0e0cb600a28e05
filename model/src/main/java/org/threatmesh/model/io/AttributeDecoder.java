package org.threatmesh.model.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.threatmesh.model.ElementType;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.attr.AttributeCatalog;
import org.threatmesh.model.attr.AttributeKey;
import org.threatmesh.model.attr.Attributes;
import org.threatmesh.model.attr.ServiceVersion;
import org.threatmesh.model.attr.WireEnum;

/** Decodes an {@code attributes} object against the catalog, reporting every bad entry. */
final class AttributeDecoder {

    /** The spelling that may stand for "unknown"; it is read as absent and not written back. */
    static final String UNKNOWN = "unknown";

    private final Problems problems;

    AttributeDecoder(Problems problems) {
        this.problems = problems;
    }

    /**
     * @param kind the node kind for node attributes, or null for other element types
     */
    Attributes decode(JsonNode attributes, String path, ElementType type, NodeKind kind) {
        if (attributes == null || attributes.isNull()) {
            return Attributes.empty();
        }
        if (!attributes.isObject()) {
            problems.add(path, "attributes must be an object");
            return Attributes.empty();
        }
        Map<String, Object> values = new TreeMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = attributes.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            Optional<AttributeKey<?>> key = AttributeCatalog.find(type, field.getKey());
            if (key.isEmpty()) {
                problems.add(path + "." + field.getKey(), "unknown attribute '" + field.getKey() + "'");
                continue;
            }
            if (kind != null && !key.get().applies().toNode(kind)) {
                problems.add(path + "." + field.getKey(),
                        "attribute '" + field.getKey() + "' does not apply to a " + kind.wireName());
                continue;
            }
            JsonNode value = field.getValue();
            if (value.isTextual() && UNKNOWN.equals(value.asText()) && key.get().type() != 
                    org.threatmesh.model.attr.ValueType.TEXT) {
                continue;
            }
            Object decoded = decodeValue(key.get(), value, path, field.getKey());
            if (decoded != null) {
                try {
                    values.put(key.get().name(), key.get().check(decoded));
                } catch (IllegalArgumentException e) {
                    problems.add(path + "." + field.getKey(), e.getMessage());
                }
            }
        }
        return Attributes.ofChecked(values);
    }

    private Object decodeValue(AttributeKey<?> key, JsonNode value, String parentPath, String field) {
        switch (key.type()) {
            case ENUM -> {
                if (value.isTextual()) {
                    Optional<WireEnum> constant = key.enumConstant(value.asText());
                    if (constant.isPresent()) {
                        return constant.get();
                    }
                }
                problems.add(parentPath + "." + field, key.name() + " must be one of " + key.wireNames() + " or unknown, was "
                        + value);
                return null;
            }
            case BOOLEAN -> {
                if (value.isBoolean()) {
                    return value.booleanValue();
                }
                problems.add(parentPath + "." + field, key.name() + " must be true, false or \"unknown\", was " + value);
                return null;
            }
            case INTEGER -> {
                if (value.isIntegralNumber() && value.canConvertToInt()) {
                    return value.intValue();
                }
                problems.add(parentPath + "." + field, key.name() + " must be a whole number" + unitHint(key) + ", was " + value);
                return null;
            }
            case TEXT -> {
                if (value.isTextual()) {
                    return value.asText();
                }
                problems.add(parentPath + "." + field, key.name() + " must be a string, was " + value);
                return null;
            }
            case TEXT_LIST -> {
                return textList(key, value, parentPath + "." + field);
            }
            case VERSIONS -> {
                return versions(key, value, parentPath + "." + field);
            }
            default -> throw new IllegalStateException("unhandled value type " + key.type());
        }
    }

    private List<String> textList(AttributeKey<?> key, JsonNode value, String path) {
        if (!value.isArray()) {
            problems.add(path, key.name() + " must be a list of strings");
            return null;
        }
        List<String> items = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            if (!value.get(i).isTextual()) {
                problems.add(path + "[" + i + "]", key.name() + " entries must be strings");
                return null;
            }
            items.add(value.get(i).asText());
        }
        return items;
    }

    private List<ServiceVersion> versions(AttributeKey<?> key, JsonNode value, String path) {
        if (!value.isArray()) {
            problems.add(path, key.name() + " must be a list of {id, weight, monitored} objects");
            return null;
        }
        List<ServiceVersion> items = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            String itemPath = path + "[" + i + "]";
            if (!item.isObject() || !item.path("id").isTextual() || !item.path("weight").isIntegralNumber()
                    || !item.path("monitored").isBoolean() || item.size() != 3) {
                problems.add(itemPath, "a version needs exactly a string id, a whole-number weight and a boolean monitored");
                return null;
            }
            try {
                items.add(new ServiceVersion(item.get("id").asText(), item.get("weight").intValue(),
                        item.get("monitored").booleanValue()));
            } catch (IllegalArgumentException e) {
                problems.add(itemPath, e.getMessage());
                return null;
            }
        }
        return items;
    }

    private static String unitHint(AttributeKey<?> key) {
        return key.unit().isEmpty() ? "" : " in " + key.unit();
    }
}
