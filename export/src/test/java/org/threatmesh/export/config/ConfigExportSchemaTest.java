package org.threatmesh.export.config;

import org.threatmesh.export.manifest.Target;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.testing.ModelGenerator;
import org.threatmesh.samples.Sample;
import org.threatmesh.samples.SampleCatalog;

/** Every generated document validates against the official schemas, for every sample and the hostile models. */
class ConfigExportSchemaTest {

    static Stream<Arguments> models() {
        List<Arguments> models = new ArrayList<>();
        for (Sample sample : SampleCatalog.all()) {
            models.add(Arguments.of(sample.id(), sample.load()));
        }
        models.add(Arguments.of("hostile-services", HostileModels.hostileServices()));
        models.add(Arguments.of("synthetic-300", SyntheticModels.services(300, 7)));
        for (long seed = 1; seed <= 3; seed++) {
            models.add(Arguments.of("generated-200-seed-" + seed, ModelGenerator.generate(200, seed)));
            models.add(Arguments.of("generated-hostile-200-seed-" + seed,
                    ModelGenerator.generateWithHostileNames(200, seed)));
        }
        return models.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void everyGeneratedDocumentValidatesAgainstItsOfficialSchema(String name, ThreatModel model) throws IOException {
        ConfigBundle bundle = new ConfigExporter().plan(model, List.of(), EnumSet.allOf(Target.class));
        List<String> problems = new ArrayList<>();
        int validated = 0;
        for (String path : bundle.paths()) {
            if (path.endsWith(".yaml")) {
                problems.addAll(SchemaValidator.validate(path, bundle.text(path)));
                validated++;
            }
        }
        assertThat(problems).as("schema problems in " + name).isEmpty();
        if (validated == 0) {
            assertThat(bundle.readme()).as("a model with nothing to export says why")
                    .contains("places no workload in a namespace zone");
        }
    }
}
