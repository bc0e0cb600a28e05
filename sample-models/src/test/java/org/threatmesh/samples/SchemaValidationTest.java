package org.threatmesh.samples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.SpecVersionDetector;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every sample validates against the model file's JSON Schema, which the model module ships on the classpath. */
class SchemaValidationTest {

    static final String SCHEMA = "/org/threatmesh/model/io/threatmesh-model.schema.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonSchema schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        try (InputStream in = SchemaValidationTest.class.getResourceAsStream(SCHEMA)) {
            assertThat(in).as("the model JSON Schema on the classpath: " + SCHEMA).isNotNull();
            JsonNode schemaNode = JSON.readTree(in);
            SpecVersion.VersionFlag version = SpecVersionDetector.detectOptionalVersion(schemaNode, false)
                    .orElse(SpecVersion.VersionFlag.V202012);
            schema = JsonSchemaFactory.getInstance(version).getSchema(schemaNode);
        }
    }

    static Stream<Sample> samples() {
        return SampleCatalog.all().stream();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void validatesAgainstTheModelSchema(Sample sample) throws IOException {
        Set<ValidationMessage> problems = schema.validate(JSON.readTree(sample.bytes()));
        assertThat(problems).as(sample.fileName()).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void theSchemaIsNotVacuous() throws IOException {
        com.fasterxml.jackson.databind.node.ObjectNode broken =
                (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(SampleCatalog.defaultSample().bytes());
        ((com.fasterxml.jackson.databind.node.ObjectNode) broken.withArray("nodes").get(0))
                .put("kind", "mainframe");
        assertThat(schema.validate(broken)).isNotEmpty();
    }
}
