package org.threatmesh.rules.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * One data-driven rule case: {@code src/test/resources/rules/<rule-id>/<case>.json} with a description, a model
 * (compact fixture or full model file) and the exact finding keys the rule alone produces on it (including
 * {@code needs-review@…} keys caused by its unknowns).
 *
 * @param ruleId      the folder name
 * @param name        the file name without extension
 * @param description what the case shows
 * @param model       the model, in fixture form
 * @param expected    the exact expected finding keys
 */
public record RuleCase(String ruleId, String name, String description, JsonNode model, TreeSet<String> expected) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Whether the rule under test fires in this case. */
    public boolean fires() {
        return expected.stream().anyMatch(key -> key.startsWith(ruleId + "@"));
    }

    @Override
    public String toString() {
        return ruleId + "/" + name;
    }

    /** The root folder of all case folders on the test classpath. */
    public static Path root() {
        try {
            return Path.of(RuleCase.class.getResource("/rules").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every case under {@link #root()}, sorted by rule id and case name. */
    public static List<RuleCase> all() {
        List<RuleCase> cases = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                cases.add(read(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }

    static RuleCase read(Path file) throws IOException {
        JsonNode root = JSON.readTree(file.toFile());
        String ruleId = file.getParent().getFileName().toString();
        String name = file.getFileName().toString().replaceFirst("\\.json$", "");
        if (!root.hasNonNull("description") || !root.has("model") || !root.path("expected").isArray()) {
            throw new IllegalArgumentException(file + ": a case needs description, model and expected[]");
        }
        TreeSet<String> expected = new TreeSet<>();
        root.get("expected").forEach(key -> expected.add(key.asText()));
        return new RuleCase(ruleId, name, root.get("description").asText(), root.get("model"), expected);
    }
}
