package org.threatmesh.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every kind of bad input gets located, readable problems and never a partial model or a stack trace. */
class BadInputTest {

    private static final String HEADER = "{\"schemaVersion\": 1, \"model\": {\"name\": \"m\"},\n";

    private final ModelReader reader = new ModelReader();

    private List<String> problems(String text) {
        ModelLoadException failure = catchThrowableOfType(ModelLoadException.class,
                () -> reader.read(text.getBytes(StandardCharsets.UTF_8), "bad.threatmesh.json"));
        assertThat(failure).as("expected the load to fail").isNotNull();
        return failure.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void truncatedJsonIsLocated() {
        assertThat(problems(HEADER + "\"nodes\": [{\"id\": \"n1\", \"name\": \"a\""))
                .containsExactly("bad.threatmesh.json:2:35: not valid JSON: Unexpected end-of-input: expected close "
                        + "marker for Object (start marker at line 2, column 11)");
    }

    @Test
    void emptyFileIsRefused() {
        assertThat(problems("")).containsExactly("bad.threatmesh.json:1:1: not valid JSON: the file is empty");
    }

    @Test
    void aTopLevelArrayIsRefused() {
        assertThat(problems("[1, 2]")).containsExactly(
                "bad.threatmesh.json:1:1: a model file must contain a JSON object (at $)");
    }

    @Test
    void wrongTypesAreReportedAtTheirPath() {
        assertThat(problems(HEADER + "\"nodes\": [{\"id\": \"n1\", \"name\": 42, \"kind\": \"service\"}]}"))
                .containsExactly("bad.threatmesh.json:2:32: name must be a string, was 42 (at $.nodes[0].name)");
    }

    @Test
    void unknownKindsNameTheChoices() {
        assertThat(problems(HEADER + "\"nodes\": [{\"id\": \"n1\", \"name\": \"a\", \"kind\": \"servce\"}]}"))
                .singleElement().asString()
                .startsWith("bad.threatmesh.json:2:45: unknown kind 'servce'; expected one of external_client, "
                        + "api_gateway,")
                .endsWith("external_service (at $.nodes[0].kind)");
    }

    @Test
    void danglingEdgeEndpointsAreLocated() {
        assertThat(problems(HEADER + """
                "nodes": [{"id": "n1", "name": "a", "kind": "service"}],
                "edges": [{"id": "e1", "from": "n1", "to": "n-missing"}]}"""))
                .containsExactly("bad.threatmesh.json:3:44: call ends at unknown node 'n-missing' (at $.edges[0].to)");
    }

    @Test
    void duplicateIdsAreLocatedAtTheSecondOccurrence() {
        assertThat(problems(HEADER + """
                "nodes": [{"id": "n1", "name": "a", "kind": "service"},
                          {"id": "n1", "name": "b", "kind": "datastore"}]}"""))
                .containsExactly("bad.threatmesh.json:3:18: duplicate id 'n1' (at $.nodes[1].id)");
    }

    @Test
    void zoneCyclesAreRefused() {
        assertThat(problems(HEADER + """
                "zones": [{"id": "z1", "name": "a", "kind": "cluster", "parent": "z2"},
                          {"id": "z2", "name": "b", "kind": "namespace", "parent": "z1"}]}"""))
                .containsExactly(
                        "bad.threatmesh.json:2:66: zone 'z1' is nested inside itself through its parents (at $.zones[0].parent)",
                        "bad.threatmesh.json:3:68: zone 'z2' is nested inside itself through its parents (at $.zones[1].parent)");
    }

    @Test
    void aFileFromANewerSchemaVersionIsRefusedWithAdvice() {
        assertThat(problems("{\"schemaVersion\": 7, \"model\": {\"name\": \"m\"}}")).containsExactly(
                "bad.threatmesh.json:1:19: the file uses schema version 7, written by a newer ThreatMesh; this version "
                        + "reads up to 1. Update ThreatMesh to open it (at $.schemaVersion)");
    }

    @Test
    void aJsonFileThatIsNotAModelSaysSo() {
        assertThat(problems("{\"name\": \"package.json\"}")).containsExactly(
                "bad.threatmesh.json:1:1: missing schemaVersion: this does not look like a ThreatMesh model (at $)");
    }

    @Test
    void nonUtf8BytesAreLocated() {
        byte[] bytes = (HEADER + "\"nodes\": [{\"id\": \"n1\", \"name\": \"caf").getBytes(StandardCharsets.UTF_8);
        byte[] latin1 = java.util.Arrays.copyOf(bytes, bytes.length + 1);
        latin1[bytes.length] = (byte) 0xe9;
        ModelLoadException failure = catchThrowableOfType(ModelLoadException.class,
                () -> reader.read(latin1, "latin1.threatmesh.json"));
        assertThat(failure.getMessage()).isEqualTo("latin1.threatmesh.json:2:36: not UTF-8 text: byte 0xe9 at offset "
                + (bytes.length) + " is not valid UTF-8; save the file as UTF-8");
    }

    @Test
    void duplicateJsonKeysAreRefused() {
        assertThat(problems("{\"schemaVersion\": 1, \"schemaVersion\": 1, \"model\": {\"name\": \"m\"}}"))
                .containsExactly("bad.threatmesh.json:1:37: not valid JSON: Duplicate field 'schemaVersion'");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            attribute unknown to the catalog | {"colour": "red"} | unknown attribute 'colour' (at $.nodes[0].attributes.colour)
            attribute of another kind | {"tier": "edge"} | attribute 'tier' does not apply to a service (at $.nodes[0].attributes.tier)
            enum value misspelt | {"exposure": "publik"} | exposure must be one of public, partner, private or unknown, was "publik" (at $.nodes[0].attributes.exposure)
            boolean given as string | {"highSecurity": "yes"} | highSecurity must be true, false or "unknown", was "yes" (at $.nodes[0].attributes.highSecurity)
            integer out of range | {"policyCacheTtl": -5} | policyCacheTtl must be within 0..31536000 s, was -5 (at $.nodes[0].attributes.policyCacheTtl)
            integer given as decimal | {"replicas": 1.5} | replicas must be a whole number, was 1.5 (at $.nodes[0].attributes.replicas)
            """)
    void badAttributeValuesAreExplained(String why, String attributes, String expected) {
        List<String> found = problems(HEADER + "\"nodes\": [{\"id\": \"n1\", \"name\": \"a\", \"kind\": \"service\", "
                + "\"attributes\": " + attributes + "}]}");
        assertThat(found).singleElement().asString().as(why).endsWith(": " + expected);
    }

    @Test
    void unknownSpelledOutIsTheSameAsAbsent() throws Exception {
        String text = HEADER + "\"nodes\": [{\"id\": \"n1\", \"name\": \"a\", \"kind\": \"service\", "
                + "\"attributes\": {\"exposure\": \"unknown\", \"highSecurity\": \"unknown\"}}]}";
        assertThat(reader.read(text.getBytes(StandardCharsets.UTF_8), "f").nodes().values())
                .singleElement().satisfies(node -> assertThat(node.attributes().isEmpty()).isTrue());
    }

    @Test
    void manyProblemsAreAllReportedInFileOrder() {
        List<String> found = problems(HEADER + """
                "nodes": [{"id": "n1", "name": "a", "kind": "servce"},
                          {"id": "bad id!", "name": "b", "kind": "service"}],
                "extra": true}""");
        assertThat(found).hasSize(3);
        assertThat(found.get(0)).contains("unknown field 'extra'");
        assertThat(found.get(1)).contains("unknown kind 'servce'");
        assertThat(found.get(2)).contains("invalid id 'bad id!'");
    }

    @Test
    void anOversizedFileIsRefusedBeforeParsing(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.threatmesh.json");
        writeSpaces(big, 70);
        ModelLoadException failure = catchThrowableOfType(ModelLoadException.class, () -> new ModelFiles().load(big));
        assertThat(failure.getMessage()).isEqualTo(big + ": the file is 73.4 MB; model files are limited to 64 MB");
    }

    @Test
    void aFiftyMegabyteFileIsReadAndItsProblemLocated(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("fifty.threatmesh.json");
        Files.writeString(big, "{\"schemaVersion\": 1, \"model\": {\"name\": \"m\", \"description\": \"");
        try (var out = Files.newOutputStream(big, java.nio.file.StandardOpenOption.APPEND)) {
            byte[] chunk = new byte[1024 * 1024];
            java.util.Arrays.fill(chunk, (byte) 'x');
            for (int i = 0; i < 50; i++) {
                out.write(chunk);
            }
            out.write("\"}}".getBytes(StandardCharsets.UTF_8));
        }
        ModelLoadException failure = catchThrowableOfType(ModelLoadException.class, () -> new ModelFiles().load(big));
        assertThat(failure.getMessage()).isEqualTo(big + ":1:60: not valid JSON: a value exceeds the format's limits "
                + "(1000000 characters per text, nesting depth 64)");
    }

    private static void writeSpaces(Path file, int megabytes) throws Exception {
        byte[] chunk = new byte[1024 * 1024];
        java.util.Arrays.fill(chunk, (byte) ' ');
        try (var out = Files.newOutputStream(file)) {
            for (int i = 0; i < megabytes; i++) {
                out.write(chunk);
            }
        }
    }

    @Test
    void missingFilesAndDirectoriesAreNamed(@TempDir Path dir) {
        Path missing = dir.resolve("nope.threatmesh.json");
        assertThat(catchThrowableOfType(ModelLoadException.class, () -> new ModelFiles().load(missing)).getMessage())
                .isEqualTo(missing + ": no such file");
        assertThat(catchThrowableOfType(ModelLoadException.class, () -> new ModelFiles().load(dir)).getMessage())
                .isEqualTo(dir + ": is a directory, not a model file");
    }
}
