package org.threatmesh.rules.engine;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.threatmesh.rules.builtin.BuiltInRules;
import org.threatmesh.rules.testing.GoldenFiles;
import org.threatmesh.samples.Sample;
import org.threatmesh.samples.SampleCatalog;

/**
 * The sorted findings of every sample model, as {@code analyze --format json} writes them, against
 * {@code src/test/resources/golden/<sample>/findings.json}. Regenerate with {@code -Dgolden.update=true}.
 */
class GoldenFindingsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);

    static Stream<Sample> samples() {
        return SampleCatalog.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void findingsMatchTheGoldenFile(Sample sample) throws Exception {
        AnalysisResult result = new Analyzer(BuiltInRules.all(), CLOCK).analyze(sample.load());
        GoldenFiles.assertMatches(sample.id() + "/findings.json",
                new String(AnalysisJson.write(result), StandardCharsets.UTF_8));
    }
}
