package org.threatmesh.model.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * A JSON tree plus the line and column where each value starts, keyed by JSON path, so that semantic problems
 * found after parsing can still point at a place in the file.
 */
final class LocatedTree {

    private static final int MAX_DEPTH = 64;
    private static final int MAX_STRING = 1_000_000;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH)
                    .maxStringLength(MAX_STRING).build())
            .build();

    private final JsonNode root;
    private final Map<String, int[]> locations;

    private LocatedTree(JsonNode root, Map<String, int[]> locations) {
        this.root = root;
        this.locations = locations;
    }

    /**
     * Parses {@code text}; syntax errors surface as Jackson exceptions carrying their location.
     *
     * @param withLocations whether to record where every value starts; costly on large files, so the reader
     *                      records them only when it has problems to locate
     */
    static LocatedTree parse(String text, boolean withLocations) throws IOException {
        try (JsonParser parser = FACTORY.createParser(text)) {
            return parse(parser, withLocations ? new HashMap<>() : null);
        }
    }

    /**
     * Parses UTF-8 bytes without recording locations: the fast path for files that turn out to be valid. Columns
     * of syntax errors count bytes here, so callers re-parse the text to report them.
     */
    static LocatedTree parseFast(byte[] bytes, int start) throws IOException {
        try (JsonParser parser = FACTORY.createParser(bytes, start, bytes.length - start)) {
            return parse(parser, null);
        }
    }

    private static LocatedTree parse(JsonParser parser, Map<String, int[]> locations) throws IOException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            throw new com.fasterxml.jackson.core.JsonParseException(parser, "the file is empty");
        }
        JsonNode root;
        try {
            root = read(parser, "$", locations);
        } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
            // Jackson reports limits without a location; the parser still knows where the value started.
            throw new com.fasterxml.jackson.core.JsonParseException(parser, "a value exceeds the format's limits ("
                    + MAX_STRING + " characters per text, nesting depth " + MAX_DEPTH + ")",
                    parser.currentTokenLocation(), e);
        }
        if (parser.nextToken() != null) {
            throw new com.fasterxml.jackson.core.JsonParseException(parser,
                    "unexpected content after the end of the model object");
        }
        return new LocatedTree(root, locations == null ? Map.of() : locations);
    }

    /** Whether problems can be located in this tree. */
    boolean hasLocations() {
        return !locations.isEmpty();
    }

    /** A tree without locations, for documents that were rewritten by a migration. */
    static LocatedTree unlocated(JsonNode root) {
        return new LocatedTree(root, Map.of());
    }

    JsonNode root() {
        return root;
    }

    /** The {line, column} where the value at {@code path} starts, or {0, 0} when unknown. */
    int[] locate(String path) {
        String current = path;
        while (true) {
            int[] found = locations.get(current);
            if (found != null) {
                return found;
            }
            int cut = Math.max(current.lastIndexOf('.'), current.lastIndexOf('['));
            if (cut <= 0) {
                return new int[] {0, 0};
            }
            current = current.substring(0, cut);
        }
    }

    private static JsonNode read(JsonParser parser, String path, Map<String, int[]> locations) throws IOException {
        if (locations != null) {
            JsonLocation at = parser.currentTokenLocation();
            locations.put(path, new int[] {at.getLineNr(), at.getColumnNr()});
        }
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        switch (parser.currentToken()) {
            case START_OBJECT -> {
                ObjectNode object = nodes.objectNode();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    object.set(name, read(parser, locations == null ? null : path + "." + name, locations));
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = nodes.arrayNode();
                int index = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(read(parser, locations == null ? null : path + "[" + index + "]", locations));
                    index++;
                }
                return array;
            }
            case VALUE_STRING -> {
                return nodes.textNode(parser.getText());
            }
            case VALUE_NUMBER_INT -> {
                return parser.getNumberType() == JsonParser.NumberType.INT ? nodes.numberNode(parser.getIntValue())
                        : nodes.numberNode(parser.getDecimalValue());
            }
            case VALUE_NUMBER_FLOAT -> {
                return nodes.numberNode(parser.getDoubleValue());
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return nodes.booleanNode(parser.getBooleanValue());
            }
            case VALUE_NULL -> {
                return nodes.nullNode();
            }
            default -> throw new com.fasterxml.jackson.core.JsonParseException(parser,
                    "unexpected token " + parser.currentToken());
        }
    }
}
