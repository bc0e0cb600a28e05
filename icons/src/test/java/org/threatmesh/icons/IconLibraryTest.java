package org.threatmesh.icons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class IconLibraryTest {

    private static final Path ICON_DIRECTORY = Path.of("src/main/resources/org/threatmesh/icons");

    static Stream<String> names() {
        return IconLibrary.NAMES.stream();
    }

    @ParameterizedTest
    @MethodSource("names")
    void everySvgParsesIntoPathData(String name) {
        List<String> paths = IconLibrary.pathData(name);

        assertThat(paths).isNotEmpty().allSatisfy(d -> assertThat(d).matches("[MLHVCZmlhvcz0-9 .,\\-]+"));
        assertThat(IconLibrary.svg(name)).contains("viewBox=\"0 0 24 24\"").contains("fill=\"none\"")
                .contains("stroke=\"currentColor\"").contains("stroke-width=\"1.75\"");
    }

    @Test
    void namesListExactlyTheSvgFilesShipped() throws IOException {
        try (Stream<Path> files = Files.list(ICON_DIRECTORY)) {
            List<String> shipped = files.map(p -> p.getFileName().toString())
                    .map(f -> f.substring(0, f.length() - ".svg".length())).sorted().toList();
            assertThat(IconLibrary.NAMES).containsExactlyElementsOf(shipped);
        }
    }

    @Test
    void unknownIconIsRefused() {
        assertThat(IconLibrary.find("teleporter")).isEmpty();
        assertThatThrownBy(() -> IconLibrary.pathData("teleporter")).hasMessage("no icon named 'teleporter'");
    }

    @Test
    void arcsAreRefusedBecausePdfHasNoArcOperator() {
        String svg = "<svg viewBox=\"0 0 24 24\"><path d=\"M2 2 A5 5 0 0 1 10 10\"/></svg>";
        assertThatThrownBy(() -> IconLibrary.parse("bad", svg))
                .hasMessageContaining("unsupported path command 'A'");
    }

    @Test
    void shapeElementsOtherThanPathAreRefused() {
        String svg = "<svg viewBox=\"0 0 24 24\"><circle cx=\"12\" cy=\"12\" r=\"4\"/></svg>";
        assertThatThrownBy(() -> IconLibrary.parse("bad", svg)).hasMessageContaining("uses <circle>");
    }

    @Test
    void wrongArgumentCountIsRefused() {
        String svg = "<svg viewBox=\"0 0 24 24\"><path d=\"M2 2 L3\"/></svg>";
        assertThatThrownBy(() -> IconLibrary.parse("bad", svg)).hasMessageContaining("command 'L' needs 2 numbers");
    }

    @Test
    void coordinatesOutsideTheGridAreRefused() {
        String svg = "<svg viewBox=\"0 0 24 24\"><path d=\"M2 2 L30 3\"/></svg>";
        assertThatThrownBy(() -> IconLibrary.parse("bad", svg)).hasMessageContaining("outside the 24×24 grid");
    }
}
