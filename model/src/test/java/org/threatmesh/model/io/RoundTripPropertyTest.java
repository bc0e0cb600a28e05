package org.threatmesh.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.testing.ModelGenerator;

class RoundTripPropertyTest {

    private final ModelWriter writer = new ModelWriter();
    private final ModelReader reader = new ModelReader();

    @Property(tries = 60)
    void loadOfSaveIsTheIdentity(@ForAll @IntRange(min = 1, max = 120) int services, @ForAll long seed,
            @ForAll boolean hostileNames) throws Exception {
        ThreatModel model = hostileNames ? ModelGenerator.generateWithHostileNames(services, seed)
                : ModelGenerator.generate(services, seed);
        byte[] saved = writer.write(model);
        ThreatModel loaded = reader.read(saved, "generated.threatmesh.json");
        assertThat(loaded).isEqualTo(model);
        assertThat(writer.write(loaded)).isEqualTo(saved);
    }

    @Property(tries = 30)
    void savedFilesUseLfAndEndWithANewline(@ForAll @IntRange(min = 1, max = 40) int services, @ForAll long seed) {
        String text = new String(writer.write(ModelGenerator.generate(services, seed)),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("\r").endsWith("}\n");
    }
}
