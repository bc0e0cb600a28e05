package org.threatmesh.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.io.ModelWriter;

/** The shipped files are canonical: loading and saving a sample reproduces it byte for byte. */
class RoundTripTest {

    static Stream<Sample> samples() {
        return SampleCatalog.all().stream();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void loadThenWriteGivesTheSameBytes(Sample sample) {
        byte[] shipped = sample.bytes();
        ThreatModel model = sample.load();
        byte[] written = new ModelWriter().write(model);
        assertThat(new String(written, StandardCharsets.UTF_8))
                .as("%s is not canonical; run ./threatmesh format on it", sample.fileName())
                .isEqualTo(new String(shipped, StandardCharsets.UTF_8));
        assertThat(written).isEqualTo(shipped);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void aSecondRoundTripIsStable(Sample sample) throws Exception {
        byte[] once = new ModelWriter().write(sample.load());
        ThreatModel again = new org.threatmesh.model.io.ModelReader().read(once, sample.fileName());
        assertThat(again).isEqualTo(sample.load());
        assertThat(new ModelWriter().write(again)).isEqualTo(once);
    }
}
