package org.threatmesh.rules.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.io.ModelLoadException;
import org.threatmesh.model.io.ModelReader;

/**
 * The compact fixture form of a model used by rule cases (see {@code src/test/resources/rules/README.md}). It is
 * translated into the {@code .threatmesh.json} format and read by the real {@link ModelReader}, so attribute names
 * and values are checked exactly as in model files.
 *
 * <pre>
 * { "zones": { "z-id": { "kind": "namespace", "parent": "z-other", "trust": 5, "l3Policy": "none" } },
 *   "nodes": { "n-id": { "kind": "service", "zone": "z-id", "dataSensitivity": "sensitive" } },
 *   "edges": { "e-id": { "from": "n-a", "to": "n-b", "tls": "mtls" } },
 *   "attributes": { ...model-wide attributes... },
 *   "triage": [ ...decisions exactly as in model files... ] }
 * </pre>
 * A fixture that has a {@code schemaVersion} field is taken to be a complete model file and read as is.
 */
public final class Fixtures {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> NODE_FIELDS = Set.of("kind", "zone", "name");
    private static final Set<String> EDGE_FIELDS = Set.of("from", "to", "name");
    private static final Set<String> ZONE_FIELDS = Set.of("kind", "parent", "name");

    private Fixtures() {
    }

    /** Reads a compact fixture (or a complete model file) into a model. */
    public static ThreatModel model(JsonNode fixture, String name) throws ModelLoadException {
        ObjectNode file = fixture.has("schemaVersion") ? (ObjectNode) fixture : toModelFile(fixture, name);
        byte[] bytes = file.toString().getBytes(StandardCharsets.UTF_8);
        return new ModelReader().read(bytes, name);
    }

    private static ObjectNode toModelFile(JsonNode fixture, String name) {
        ObjectNode file = JSON.createObjectNode();
        file.put("schemaVersion", 1);
        ObjectNode info = file.putObject("model");
        info.put("name", name);
        if (fixture.has("attributes")) {
            info.set("attributes", fixture.get("attributes"));
        }
        file.set("zones", elements(fixture.path("zones"), ZONE_FIELDS));
        file.set("nodes", elements(fixture.path("nodes"), NODE_FIELDS));
        file.set("edges", elements(fixture.path("edges"), EDGE_FIELDS));
        for (JsonNode edge : file.get("edges")) {
            // Edge names may be empty; the model then names an edge after its endpoints.
            if (!fixture.path("edges").path(edge.get("id").asText()).has("name")) {
                ((ObjectNode) edge).put("name", "");
            }
        }
        file.set("triage", fixture.has("triage") ? fixture.get("triage") : JSON.createArrayNode());
        return file;
    }

    private static ArrayNode elements(JsonNode byId, Set<String> structural) {
        ArrayNode list = JSON.createArrayNode();
        Iterator<Map.Entry<String, JsonNode>> fields = byId.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> entry = fields.next();
            ObjectNode element = list.addObject();
            element.put("id", entry.getKey());
            ObjectNode attributes = JSON.createObjectNode();
            Iterator<Map.Entry<String, JsonNode>> values = entry.getValue().fields();
            while (values.hasNext()) {
                Map.Entry<String, JsonNode> value = values.next();
                if (structural.contains(value.getKey())) {
                    element.set(value.getKey(), value.getValue());
                } else {
                    attributes.set(value.getKey(), value.getValue());
                }
            }
            if (!element.has("name")) {
                element.put("name", entry.getKey());
            }
            element.set("attributes", attributes);
        }
        return list;
    }
}
