package org.threatmesh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.threatmesh.samples.Sample;
import org.threatmesh.samples.SampleCatalog;

/**
 * {@code analyze --format sarif} output of every sample validates against the official SARIF 2.1.0 JSON schema
 * (OASIS, rtm.5, as published in the schema store; copied from the npm package {@code @microsoft/jest-sarif}).
 */
class SarifSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchema SARIF = load();

    @TempDir
    Path dir;

    private static JsonSchema load() {
        try (InputStream in = SarifSchemaTest.class.getResourceAsStream("/sarif/sarif-2.1.0-rtm.5.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(JSON.readTree(in));
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the SARIF schema", e);
        }
    }

    static Stream<String> samples() {
        return SampleCatalog.all().stream().map(Sample::id);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void sarifOfEverySampleIsValidSarif210(String sampleId) throws Exception {
        Path model = dir.resolve(sampleId + ".threatmesh.json");
        Files.write(model, SampleCatalog.find(sampleId).orElseThrow().bytes());

        CliRun run = CliRun.of("analyze", model.toString(), "--format", "sarif");

        assertThat(run.exitCode()).isZero();
        JsonNode sarif = JSON.readTree(run.out());
        Set<ValidationMessage> problems = SARIF.validate(sarif);
        assertThat(problems).as("schema violations").isEmpty();
        assertThat(sarif.path("runs").get(0).path("results").size()).isPositive();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void theSchemaRejectsABrokenLog(String sampleId) throws Exception {
        Path model = dir.resolve(sampleId + ".threatmesh.json");
        Files.write(model, SampleCatalog.find(sampleId).orElseThrow().bytes());
        JsonNode sarif = JSON.readTree(CliRun.of("analyze", model.toString(), "--format", "sarif").out());
        ((com.fasterxml.jackson.databind.node.ObjectNode) sarif.path("runs").get(0).path("results").get(0))
                .put("level", "catastrophic");

        assertThat(SARIF.validate(sarif)).isNotEmpty();
    }
}
