package org.threatmesh.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.threatmesh.model.ThreatModel;

class SampleCatalogTest {

    static Stream<Sample> samples() {
        return SampleCatalog.all().stream();
    }

    @Test
    void theFoundationShopStaysTheDefaultDocument() {
        assertThat(SampleCatalog.defaultSample().id()).isEqualTo("online-shop");
        assertThat(SampleCatalog.all()).first().isEqualTo(SampleCatalog.defaultSample());
    }

    @Test
    void idsAndTitlesAreUnique() {
        assertThat(SampleCatalog.all()).extracting(Sample::id).doesNotHaveDuplicates();
        assertThat(SampleCatalog.all()).extracting(Sample::title).doesNotHaveDuplicates();
    }

    @Test
    void listsTheRealAndVariantSamplesInMenuOrder() {
        assertThat(SampleCatalog.all()).extracting(Sample::id).containsExactly(
                "online-shop", "online-shop-insecure", "online-shop-hardened",
                "online-boutique", "sock-shop", "bookinfo", "eshoponcontainers");
    }

    @Test
    void findsSamplesById() {
        assertThat(SampleCatalog.find("bookinfo")).map(Sample::title).contains("Bookinfo (Istio)");
        assertThat(SampleCatalog.find("no-such-sample")).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void resourceExistsAndLoads(Sample sample) {
        assertThat(Sample.class.getResource(sample.resource())).as(sample.resource()).isNotNull();
        ThreatModel model = sample.load();
        assertThat(model.nodes()).isNotEmpty();
        assertThat(model.edges()).isNotEmpty();
        assertThat(model.zones()).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void hasTitleSummaryAndDescription(Sample sample) {
        assertThat(sample.title()).isNotBlank();
        assertThat(sample.summary()).isNotBlank().hasSizeLessThanOrEqualTo(110).doesNotContain("\n");
        ThreatModel model = sample.load();
        assertThat(model.info().description()).as("model.description of " + sample.id()).hasSizeGreaterThan(200);
        assertThat(model.info().author()).isNotBlank();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everySampleHasAnInternetZone(Sample sample) {
        assertThat(sample.load().zones().values())
                .anyMatch(zone -> zone.kind() == org.threatmesh.model.ZoneKind.INTERNET);
    }

    @Test
    void everyModelFileInTheSamplesFolderIsCatalogued() throws IOException, URISyntaxException {
        URL anySample = Sample.class.getResource(SampleCatalog.defaultSample().resource());
        assertThat(anySample).isNotNull();
        assertThat(anySample.getProtocol()).as("samples are read from the build output folder in tests").isEqualTo("file");
        List<String> files;
        try (Stream<Path> listing = Files.list(Path.of(anySample.toURI()).getParent())) {
            files = listing.map(path -> path.getFileName().toString())
                    .filter(name -> name.endsWith(".threatmesh.json"))
                    .sorted()
                    .toList();
        }
        assertThat(files).containsExactlyInAnyOrderElementsOf(
                SampleCatalog.all().stream().map(Sample::fileName).toList());
    }
}
