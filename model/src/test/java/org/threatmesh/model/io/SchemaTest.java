package org.threatmesh.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.threatmesh.model.testing.Fixtures;
import org.threatmesh.model.testing.Golden;
import org.threatmesh.model.testing.ModelGenerator;

class SchemaTest {

    private static final Path SCHEMA = Path.of("src/main/resources/org/threatmesh/model/io/threatmesh-model.schema.json");
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void checkedInSchemaIsTheOneGeneratedFromTheCatalog() {
        Golden.assertMatches(SCHEMA, new SchemaGenerator().generate());
    }

    @Test
    void generatedModelsValidateAgainstTheSchema() throws Exception {
        JsonSchema schema = schema();
        for (long seed = 1; seed <= 5; seed++) {
            byte[] file = new ModelWriter().write(ModelGenerator.generateWithHostileNames(60, seed));
            Set<ValidationMessage> errors = schema.validate(json.readTree(file));
            assertThat(errors).as("seed %d", seed).isEmpty();
        }
    }

    @Test
    void sampleShopValidatesAgainstTheSchema() throws Exception {
        Path sample = Fixtures.repoRoot().resolve(
                "sample-models/src/main/resources/org/threatmesh/samples/online-shop.threatmesh.json");
        assertThat(schema().validate(json.readTree(sample.toFile()))).isEmpty();
    }

    @Test
    void schemaRejectsAnAttributeThatDoesNotApplyToTheNodeKind() throws Exception {
        JsonNode model = json.readTree("""
                {"schemaVersion": 1, "model": {"name": "m"},
                 "nodes": [{"id": "n1", "name": "db", "kind": "datastore", "attributes": {"tier": "edge"}}]}
                """);
        assertThat(schema().validate(model)).extracting(ValidationMessage::getMessage)
                .anySatisfy(message -> assertThat(message).contains("tier"));
    }

    private JsonSchema schema() throws Exception {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(json.readTree(SCHEMA.toFile()));
    }
}
