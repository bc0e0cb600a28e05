package org.threatmesh.model.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Upgrades trees of older schema versions to the current one, one version step at a time. Each step is a pure
 * tree-to-tree function, so a step never needs to know about later versions.
 *
 * <p>Version 0 was the prototype format: {@code formatVersion: 0}, a flat {@code components} list with the
 * layout inline ({@code x}, {@code y}) and attributes under {@code props}, {@code flows} with
 * {@code source}/{@code target}, and {@code boundaries} with inline rectangles.
 */
final class Migrations {

    static final String V0_VERSION_FIELD = "formatVersion";

    private interface Step {
        ObjectNode apply(ObjectNode tree);
    }

    private final List<Step> steps = List.of(Migrations::v0ToV1);

    ObjectNode migrate(ObjectNode tree, int fromVersion, String fileName) throws ModelLoadException {
        ObjectNode current = tree;
        for (int version = fromVersion; version < Format.CURRENT_VERSION; version++) {
            try {
                current = steps.get(version).apply(current);
            } catch (RuntimeException e) {
                throw new ModelLoadException(new Problem(fileName, 0, 0, "$", "cannot upgrade the file from schema "
                        + "version " + version + ": " + e.getMessage()));
            }
        }
        return current;
    }

    private static ObjectNode v0ToV1(ObjectNode old) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode result = json.objectNode();
        result.put(Format.SCHEMA_VERSION, 1);
        ObjectNode model = result.putObject(Format.MODEL);
        model.put("name", old.path("title").asText("Untitled"));
        model.put("description", old.path("notes").asText(""));
        ObjectNode layoutNodes = json.objectNode();
        ObjectNode layoutZones = json.objectNode();

        ArrayNode zones = result.putArray(Format.ZONES);
        for (JsonNode boundary : old.path("boundaries")) {
            ObjectNode zone = zones.addObject();
            zone.set("id", boundary.get("id"));
            zone.set("name", boundary.get("name"));
            zone.set("kind", boundary.get("type"));
            copyIfPresent(boundary, "parent", zone, "parent");
            copyIfPresent(boundary, "props", zone, Format.ATTRIBUTES);
            if (boundary.has("x")) {
                ObjectNode bounds = layoutZones.putObject(boundary.path("id").asText());
                bounds.set("x", boundary.get("x"));
                bounds.set("y", boundary.get("y"));
                bounds.set("width", boundary.get("w"));
                bounds.set("height", boundary.get("h"));
            }
        }
        ArrayNode nodes = result.putArray(Format.NODES);
        for (JsonNode component : old.path("components")) {
            ObjectNode node = nodes.addObject();
            node.set("id", component.get("id"));
            node.set("name", component.get("name"));
            node.set("kind", component.get("type"));
            copyIfPresent(component, "boundary", node, "zone");
            copyIfPresent(component, "props", node, Format.ATTRIBUTES);
            if (component.has("x")) {
                ObjectNode position = layoutNodes.putObject(component.path("id").asText());
                position.set("x", component.get("x"));
                position.set("y", component.get("y"));
            }
        }
        ArrayNode edges = result.putArray(Format.EDGES);
        for (JsonNode flow : old.path("flows")) {
            ObjectNode edge = edges.addObject();
            edge.set("id", flow.get("id"));
            edge.set("from", flow.get("source"));
            edge.set("to", flow.get("target"));
            copyIfPresent(flow, "label", edge, "name");
            copyIfPresent(flow, "props", edge, Format.ATTRIBUTES);
        }
        result.putArray(Format.TRIAGE);
        ObjectNode layout = result.putObject(Format.LAYOUT);
        layout.set("nodes", layoutNodes);
        layout.set("zones", layoutZones);
        renameV0Values(result);
        return result;
    }

    /** v0 spelled TLS modes in upper case ("MTLS"); v1 uses lower snake case everywhere. */
    private static void renameV0Values(ObjectNode tree) {
        for (JsonNode edge : tree.path(Format.EDGES)) {
            JsonNode attributes = edge.path(Format.ATTRIBUTES);
            if (attributes instanceof ObjectNode object) {
                Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    if (field.getKey().equals("tls") && field.getValue().isTextual()) {
                        field.setValue(JsonNodeFactory.instance.textNode(
                                field.getValue().asText().toLowerCase(java.util.Locale.ROOT)));
                    }
                }
            }
        }
    }

    private static void copyIfPresent(JsonNode from, String fromField, ObjectNode to, String toField) {
        JsonNode value = from.get(fromField);
        if (value != null && !value.isNull()) {
            to.set(toField, value);
        }
    }
}
