package org.threatmesh.cli.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.threatmesh.model.ElementId;
import org.threatmesh.model.ElementType;

/**
 * Where each element of a {@code .threatmesh.json} file starts: its JSON path (for example {@code $.nodes[3]}) and
 * the line and column of its opening brace. SARIF results point into the model file with these.
 */
public final class JsonLocations {

    /** A place in the model file. */
    public record Location(String jsonPath, int line, int column) {
    }

    private final Map<String, Location> byElement = new HashMap<>();

    private JsonLocations() {
    }

    /** Scans {@code bytes}; unparseable input gives an empty index (the model was already read successfully). */
    public static JsonLocations of(byte[] bytes) {
        JsonLocations locations = new JsonLocations();
        try (JsonParser parser = new JsonFactory().createParser(bytes)) {
            locations.scan(parser);
        } catch (IOException e) {
            locations.byElement.clear();
        }
        return locations;
    }

    private void scan(JsonParser parser) throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            return;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            ElementType type = switch (field) {
                case "nodes" -> ElementType.NODE;
                case "edges" -> ElementType.EDGE;
                case "zones" -> ElementType.ZONE;
                default -> null;
            };
            if (field.equals("model") && value == JsonToken.START_OBJECT) {
                JsonLocation start = parser.currentTokenLocation();
                byElement.put(key(ElementType.MODEL, "model"),
                        new Location("$.model", start.getLineNr(), start.getColumnNr()));
                parser.skipChildren();
            } else if (type != null && value == JsonToken.START_ARRAY) {
                scanElements(parser, type, field);
            } else {
                parser.skipChildren();
            }
        }
    }

    private void scanElements(JsonParser parser, ElementType type, String field) throws IOException {
        int index = 0;
        while (parser.nextToken() == JsonToken.START_OBJECT) {
            JsonLocation start = parser.currentTokenLocation();
            String id = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals("id") && value == JsonToken.VALUE_STRING) {
                    id = parser.getText();
                } else {
                    parser.skipChildren();
                }
            }
            if (id != null) {
                byElement.put(key(type, id),
                        new Location("$." + field + "[" + index + "]", start.getLineNr(), start.getColumnNr()));
            }
            index++;
        }
    }

    /** The location of {@code element}, if the file declares it. */
    public Optional<Location> of(ElementId element) {
        return Optional.ofNullable(byElement.get(key(element.type(), element.value())));
    }

    private static String key(ElementType type, String id) {
        return type.name() + ":" + id;
    }
}
