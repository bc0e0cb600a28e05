package org.threatmesh.model.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import org.threatmesh.model.ElementId;
import org.threatmesh.model.ElementType;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.TriageStatus;
import org.threatmesh.model.ZoneKind;
import org.threatmesh.model.attr.AttributeCatalog;
import org.threatmesh.model.attr.AttributeKey;
import org.threatmesh.model.attr.WireEnum;

/**
 * Generates the JSON Schema (draft 2020-12) of the current file format from the attribute catalog, so the
 * published schema can never drift from what the loader accepts. A test compares the checked-in schema with this
 * output.
 */
public final class SchemaGenerator {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** The schema as canonical UTF-8 text ending with a newline. */
    public String generate() {
        ObjectNode schema = JSON.objectNode();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.put("$id", "https://threatmesh.org/schema/threatmesh-model-v" + Format.CURRENT_VERSION + ".json");
        schema.put("title", "ThreatMesh model");
        schema.put("description", "A microservice topology for threat modeling against NIST SP 800-204. "
                + "An absent attribute means unknown.");
        schema.put("type", "object");
        schema.set("required", strings(Format.SCHEMA_VERSION, Format.MODEL));
        schema.put("additionalProperties", false);
        ObjectNode properties = schema.putObject("properties");
        properties.putObject(Format.SCHEMA_VERSION).put("const", Format.CURRENT_VERSION);
        properties.set(Format.MODEL, modelSchema());
        properties.set(Format.ZONES, arrayOf(ref("zone")));
        properties.set(Format.NODES, arrayOf(ref("node")));
        properties.set(Format.EDGES, arrayOf(ref("edge")));
        properties.set(Format.TRIAGE, arrayOf(ref("triage")));
        properties.set(Format.LAYOUT, layoutSchema());

        ObjectNode defs = schema.putObject("$defs");
        defs.putObject("id").put("type", "string").put("pattern", "^" + ElementId.SYNTAX.pattern() + "$");
        defs.putObject("name").put("type", "string").put("minLength", 1).put("maxLength", 200)
                .put("pattern", "^[^\\n\\r]*$");
        defs.set("zone", zoneSchema());
        defs.set("node", nodeSchema());
        defs.set("edge", edgeSchema());
        defs.set("triage", triageSchema());
        defs.set("version", versionSchema());
        defs.set("zoneAttributes", attributesSchema(AttributeCatalog.forElement(ElementType.ZONE)));
        defs.set("edgeAttributes", attributesSchema(AttributeCatalog.forElement(ElementType.EDGE)));
        defs.set("modelAttributes", attributesSchema(AttributeCatalog.forElement(ElementType.MODEL)));
        for (NodeKind kind : NodeKind.values()) {
            defs.set(kind.wireName() + "Attributes", attributesSchema(AttributeCatalog.forNode(kind)));
        }
        return render(schema);
    }

    private static ObjectNode modelSchema() {
        ObjectNode model = object(List.of("name"));
        ObjectNode properties = (ObjectNode) model.get("properties");
        properties.set("name", ref("name"));
        properties.putObject("description").put("type", "string").put("maxLength", 20_000);
        properties.putObject("author").put("type", "string");
        properties.putObject("version").put("type", "string");
        properties.set(Format.ATTRIBUTES, ref("modelAttributes"));
        return model;
    }

    private static ObjectNode zoneSchema() {
        ObjectNode zone = object(List.of("id", "name", "kind"));
        ObjectNode properties = (ObjectNode) zone.get("properties");
        properties.set("id", ref("id"));
        properties.set("name", ref("name"));
        properties.set("kind", enumOf(ZoneKind.values()));
        properties.set("parent", ref("id"));
        properties.set(Format.ATTRIBUTES, ref("zoneAttributes"));
        return zone;
    }

    private static ObjectNode nodeSchema() {
        ObjectNode node = object(List.of("id", "name", "kind"));
        ObjectNode properties = (ObjectNode) node.get("properties");
        properties.set("id", ref("id"));
        properties.set("name", ref("name"));
        properties.set("kind", enumOf(NodeKind.values()));
        properties.set("zone", ref("id"));
        properties.putObject(Format.ATTRIBUTES).put("type", "object");
        ArrayNode byKind = node.putArray("allOf");
        for (NodeKind kind : NodeKind.values()) {
            ObjectNode rule = byKind.addObject();
            rule.putObject("if").putObject("properties").putObject("kind").put("const", kind.wireName());
            rule.putObject("then").putObject("properties").set(Format.ATTRIBUTES, ref(kind.wireName() + "Attributes"));
        }
        return node;
    }

    private static ObjectNode edgeSchema() {
        ObjectNode edge = object(List.of("id", "from", "to"));
        ObjectNode properties = (ObjectNode) edge.get("properties");
        properties.set("id", ref("id"));
        properties.set("from", ref("id"));
        properties.set("to", ref("id"));
        properties.set("name", ref("name"));
        properties.set(Format.ATTRIBUTES, ref("edgeAttributes"));
        return edge;
    }

    private static ObjectNode triageSchema() {
        ObjectNode triage = object(List.of("finding", "status", "at"));
        ObjectNode properties = (ObjectNode) triage.get("properties");
        properties.putObject("finding").put("type", "string").put("pattern", "^[^@]+@[^@]+$");
        properties.set("status", enumOf(TriageStatus.values()));
        properties.putObject("justification").put("type", "string").put("maxLength", 5_000);
        properties.putObject("by").put("type", "string");
        properties.putObject("at").put("type", "string").put("format", "date-time");
        properties.putObject("expires").put("type", "string").put("format", "date");
        return triage;
    }

    private static ObjectNode versionSchema() {
        ObjectNode version = object(List.of("id", "weight", "monitored"));
        ObjectNode properties = (ObjectNode) version.get("properties");
        properties.putObject("id").put("type", "string").put("minLength", 1);
        properties.putObject("weight").put("type", "integer").put("minimum", 0).put("maximum", 100);
        properties.putObject("monitored").put("type", "boolean");
        return version;
    }

    private static ObjectNode layoutSchema() {
        ObjectNode layout = object(List.of());
        ObjectNode properties = (ObjectNode) layout.get("properties");
        ObjectNode point = object(List.of("x", "y"));
        ((ObjectNode) point.get("properties")).putObject("x").put("type", "number");
        ((ObjectNode) point.get("properties")).putObject("y").put("type", "number");
        ObjectNode rectangle = object(List.of("x", "y", "width", "height"));
        ObjectNode rectangleProperties = (ObjectNode) rectangle.get("properties");
        rectangleProperties.putObject("x").put("type", "number");
        rectangleProperties.putObject("y").put("type", "number");
        rectangleProperties.putObject("width").put("type", "number").put("minimum", 0);
        rectangleProperties.putObject("height").put("type", "number").put("minimum", 0);
        rectangleProperties.putObject("color").put("type", "string").put("pattern", "^#[0-9a-f]{6}$");
        properties.set("nodes", mapOf(point));
        properties.set("zones", mapOf(rectangle));
        return layout;
    }

    private static ObjectNode attributesSchema(List<AttributeKey<?>> keys) {
        ObjectNode schema = object(List.of());
        ObjectNode properties = (ObjectNode) schema.get("properties");
        for (AttributeKey<?> key : keys) {
            ObjectNode property = properties.putObject(key.name());
            property.put("description", key.description() + (key.unit().isEmpty() ? "" : " (" + key.unit() + ")"));
            switch (key.type()) {
                case ENUM -> {
                    ArrayNode values = property.putArray("enum");
                    key.enumConstants().forEach(constant -> values.add(constant.wireName()));
                    values.add(AttributeDecoder.UNKNOWN);
                }
                case BOOLEAN -> property.set("enum", JSON.arrayNode().add(true).add(false).add(AttributeDecoder.UNKNOWN));
                case INTEGER -> {
                    ArrayNode options = property.putArray("oneOf");
                    options.addObject().put("type", "integer").put("minimum", key.min()).put("maximum", key.max());
                    options.addObject().put("const", AttributeDecoder.UNKNOWN);
                }
                case TEXT -> property.put("type", "string").put("maxLength", 2_000);
                case TEXT_LIST -> property.put("type", "array").put("maxItems", 500).putObject("items")
                        .put("type", "string");
                case VERSIONS -> property.put("type", "array").put("maxItems", 500).set("items", ref("version"));
            }
        }
        return schema;
    }

    private static ObjectNode object(List<String> required) {
        ObjectNode object = JSON.objectNode();
        object.put("type", "object");
        if (!required.isEmpty()) {
            ArrayNode names = object.putArray("required");
            required.forEach(names::add);
        }
        object.put("additionalProperties", false);
        object.putObject("properties");
        return object;
    }

    private static ObjectNode mapOf(ObjectNode valueSchema) {
        ObjectNode map = JSON.objectNode();
        map.put("type", "object");
        map.putObject("propertyNames").put("$ref", "#/$defs/id");
        map.set("additionalProperties", valueSchema);
        return map;
    }

    private static ObjectNode arrayOf(ObjectNode items) {
        ObjectNode array = JSON.objectNode();
        array.put("type", "array");
        array.set("items", items);
        return array;
    }

    private static ObjectNode ref(String def) {
        return JSON.objectNode().put("$ref", "#/$defs/" + def);
    }

    private static ObjectNode enumOf(WireEnum[] constants) {
        ObjectNode node = JSON.objectNode();
        ArrayNode values = node.putArray("enum");
        for (WireEnum constant : constants) {
            values.add(constant.wireName());
        }
        return node;
    }

    private static ArrayNode strings(String... values) {
        ArrayNode array = JSON.arrayNode();
        for (String value : values) {
            array.add(value);
        }
        return array;
    }

    private static String render(ObjectNode schema) {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withArrayIndenter(indenter).withObjectIndenter(indenter);
        try {
            return new ObjectMapper().writer(printer).writeValueAsString(schema) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
