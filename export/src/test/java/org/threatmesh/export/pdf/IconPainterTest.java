package org.threatmesh.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.junit.jupiter.api.Test;

class IconPainterTest {

    private static final NodeIcons ICONS = name -> switch (name) {
        case "datastore" -> Optional.of(List.of("M4.5 6 C4.5 4.1 7.85 2.75 12 2.75 Z", "M4.5 6 V18 h15 V6"));
        case "broken" -> Optional.of(List.of("M4 4 L5"));
        case "throwing" -> throw new IllegalStateException("icon library failed");
        default -> Optional.empty();
    };

    @Test
    void drawsAValidIconAsStrokedVectorPaths() throws IOException {
        List<String> operators = draw("datastore", true);
        assertThat(operators).containsSubsequence("m", "c", "h", "m", "l", "l", "l", "S");
    }

    @Test
    void missingMalformedOrFailingIconsAreNotDrawnSoTheLabelShows() throws IOException {
        assertThat(draw("service", false)).doesNotContain("m", "S");
        assertThat(draw("broken", false)).doesNotContain("m", "S");
        assertThat(draw("throwing", false)).doesNotContain("m", "S");
    }

    private static List<String> draw(String icon, boolean expectDrawn) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                boolean drawn = new IconPainter(ICONS).draw(stream, icon, 10, 100, 24, Color.BLACK);
                assertThat(drawn).isEqualTo(expectDrawn);
            }
            document.save(bytes);
        }
        try (PDDocument document = Loader.loadPDF(bytes.toByteArray())) {
            return new PDFStreamParser(document.getPage(0)).parse().stream()
                    .filter(Operator.class::isInstance).map(token -> ((Operator) token).getName()).toList();
        }
    }
}
