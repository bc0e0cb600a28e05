package org.threatmesh.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.TrustZone;
import org.threatmesh.model.testing.ModelGenerator;

class LargeModelTest {

    @Test
    void largeModelGetsAnOverviewPlusOnePagePerZone() throws IOException {
        ThreatModel model = ModelGenerator.generate(200, 42);
        byte[] pdf = HostileNamesTest.render(model, "generated-200.pdf");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDOutlineItem architecture = null;
            for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
                if (item.getTitle().equals("Architecture")) {
                    architecture = item;
                }
            }
            assertThat(architecture).isNotNull();
            List<String> diagrams = new ArrayList<>();
            architecture.children().forEach(child -> diagrams.add(child.getTitle()));
            assertThat(diagrams.get(0)).isEqualTo("Overview: trust zones and the calls between them");
            for (TrustZone zone : model.zones().values()) {
                boolean holdsNodes = model.nodes().values().stream()
                        .anyMatch(node -> node.zone().filter(zone.id()::equals).isPresent());
                if (holdsNodes) {
                    assertThat(diagrams).contains("Zone " + zone.name() + " (" + zone.kind().displayName() + ")");
                }
            }
        }
    }
}
