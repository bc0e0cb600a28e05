package org.threatmesh.export.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Validates exported YAML against the official schemas in {@code shared/schemas} beside the repository (the parent
 * POM passes the repository root as {@code threatmesh.repo.root}). Every document must have a schema.
 */
final class SchemaValidator {

    private static final Map<String, JsonSchema> CACHE = new ConcurrentHashMap<>();
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final ObjectMapper JSON = new ObjectMapper();

    private SchemaValidator() {
    }

    static Path schemasRoot() {
        String root = System.getProperty("threatmesh.repo.root");
        Path base = root != null ? Paths.get(root) : Paths.get("").toAbsolutePath().getParent();
        // CI clones beside shared/; developer worktrees sit deeper, so look upwards from the repository root.
        Path schemas = base.resolve("../shared/schemas").normalize();
        for (Path dir = base.toAbsolutePath(); dir != null && !Files.isDirectory(schemas); dir = dir.getParent()) {
            schemas = dir.resolve("shared/schemas");
        }
        if (!Files.isDirectory(schemas)) {
            throw new IllegalStateException("official schemas not found at " + schemas
                    + "; shared/ must sit beside the repository clone");
        }
        return schemas;
    }

    /** Every problem in {@code yaml}, each prefixed with the file and document index; empty when all validate. */
    static List<String> validate(String path, String yaml) throws IOException {
        List<String> problems = new ArrayList<>();
        if (path.startsWith("kong/")) {
            JsonNode document = YAML.readTree(yaml);
            for (ValidationMessage message : schema("kong/kong_json_schema.json", SpecVersion.VersionFlag.V4)
                    .validate(document)) {
                problems.add(path + ": " + message.getMessage());
            }
            return problems;
        }
        int index = 0;
        try (MappingIterator<JsonNode> documents = YAML.readerFor(JsonNode.class).readValues(yaml)) {
            while (documents.hasNext()) {
                JsonNode document = documents.next();
                String schemaPath = schemaFor(document.path("apiVersion").asText(), document.path("kind").asText());
                for (ValidationMessage message : schema(schemaPath, SpecVersion.VersionFlag.V7).validate(document)) {
                    problems.add(path + "#" + index + " (" + document.path("kind").asText() + " "
                            + document.path("metadata").path("name").asText() + "): " + message.getMessage());
                }
                index++;
            }
        }
        if (index == 0) {
            problems.add(path + ": no YAML documents");
        }
        return problems;
    }

    /** The schema file for a document, following shared/schemas/README.md "How to pick the schema". */
    static String schemaFor(String apiVersion, String kind) {
        String lowerKind = kind.toLowerCase(Locale.ROOT);
        int slash = apiVersion.indexOf('/');
        if (slash < 0) {
            return "kubernetes/standalone-strict/" + lowerKind + "-" + apiVersion + ".json";
        }
        String group = apiVersion.substring(0, slash);
        String version = apiVersion.substring(slash + 1);
        if (group.endsWith("istio.io")) {
            return "istio/jsonschema/" + group + "/" + lowerKind + "_" + version + ".json";
        }
        if (group.equals("gateway.networking.k8s.io")) {
            return "gateway-api/jsonschema/" + group + "/" + lowerKind + "_" + version + ".json";
        }
        return "kubernetes/standalone-strict/" + lowerKind + "-" + group.substring(0, group.indexOf('.')) + "-"
                + version + ".json";
    }

    private static JsonSchema schema(String relative, SpecVersion.VersionFlag version) {
        return CACHE.computeIfAbsent(relative, r -> {
            Path file = schemasRoot().resolve(r);
            if (!Files.isRegularFile(file)) {
                throw new IllegalStateException("no schema " + file + " for a generated document");
            }
            try {
                return JsonSchemaFactory.getInstance(version).getSchema(JSON.readTree(file.toFile()));
            } catch (IOException e) {
                throw new IllegalStateException("cannot read schema " + file, e);
            }
        });
    }
}
