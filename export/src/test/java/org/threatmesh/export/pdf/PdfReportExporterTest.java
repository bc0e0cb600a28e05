package org.threatmesh.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.threatmesh.export.ExportProgress;
import org.threatmesh.export.report.ReportInput;
import org.threatmesh.model.Edge;
import org.threatmesh.model.Node;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.TrustZone;
import org.threatmesh.rules.Finding;
import org.threatmesh.samples.SampleCatalog;

class PdfReportExporterTest {

    private static ThreatModel model;
    private static ReportInput input;
    private static byte[] pdf;

    @BeforeAll
    static void render() throws IOException {
        model = SampleCatalog.defaultSample().load();
        input = ReportFixtures.input(model);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfReportExporter().export(input, out, ExportProgress.NONE);
        pdf = out.toByteArray();
        Path dump = Path.of("target", "test-reports", "online-shop.pdf");
        Files.createDirectories(dump.getParent());
        Files.write(dump, pdf);
    }

    @Test
    void extractedTextHoldsEveryFindingKeyAndElementName() throws IOException {
        String text = squeeze(text(pdf));
        assertThat(input.findings()).isNotEmpty();
        for (Finding finding : input.findings()) {
            assertThat(text).contains(squeeze(finding.key()));
        }
        for (Node node : model.nodes().values()) {
            assertThat(text).contains(squeeze(node.name()));
        }
        for (Edge edge : model.edges().values()) {
            assertThat(text).contains(squeeze(model.nameOf(edge.id())));
        }
        for (TrustZone zone : model.zones().values()) {
            assertThat(text).contains(squeeze(zone.name()));
        }
    }

    @Test
    void outlineHasEverySectionAndElement() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> titles = new ArrayList<>();
            collect(document.getDocumentCatalog().getDocumentOutline(), titles);
            assertThat(titles).contains("Cover", "Executive summary", "Architecture", "SP 800-204 coverage",
                    "Findings by element", "Index by strategy", "Appendix");
            for (Node node : model.nodes().values()) {
                assertThat(titles).contains(node.name());
            }
            for (Edge edge : model.edges().values()) {
                assertThat(titles).anyMatch(t -> t.startsWith(model.nameOf(edge.id())));
            }
            for (TrustZone zone : model.zones().values()) {
                assertThat(titles).contains(zone.name());
            }
        }
    }

    @Test
    void outlineNestsElementsUnderTheirSections() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDOutlineItem appendix = child(document.getDocumentCatalog().getDocumentOutline(), "Appendix");
            PDOutlineItem nodes = child(child(appendix, "Model elements"), "Nodes");
            List<String> nodeTitles = new ArrayList<>();
            nodes.children().forEach(item -> nodeTitles.add(item.getTitle()));
            assertThat(nodeTitles).containsExactlyElementsOf(model.nodes().values().stream().map(Node::name).toList());
            PDOutlineItem findings = child(document.getDocumentCatalog().getDocumentOutline(), "Findings by element");
            List<PDOutlineItem> elements = new ArrayList<>();
            findings.children().forEach(elements::add);
            assertThat(elements).hasSize((int) input.findings().stream().map(Finding::element).distinct().count())
                    .allSatisfy(item -> assertThat(item.getDestination()).isNotNull());
            assertThat(elements).extracting(PDOutlineItem::getTitle).contains("Cart (service)", "Catalog (service)");
        }
    }

    private static PDOutlineItem child(PDOutlineNode parent, String title) {
        for (PDOutlineItem item : parent.children()) {
            if (item.getTitle().equals(title)) {
                return item;
            }
        }
        throw new AssertionError("no bookmark '" + title + "' under the parent");
    }

    @Test
    void fontsAreEmbeddedAndMetadataIsSet() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    assertThat(font.getName()).contains("DejaVuSans");
                }
            }
            var info = document.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("Threat model report: Online shop");
            assertThat(info.getAuthor()).isEqualTo("Security review board");
            assertThat(info.getSubject()).isEqualTo("Threat model of Online shop checked against NIST SP 800-204");
            assertThat(info.getKeywords()).startsWith("threat model, NIST SP 800-204");
            assertThat(info.getCreationDate().toInstant()).isEqualTo(ReportFixtures.CLOCK.instant());
            assertThat(info.getModificationDate().toInstant()).isEqualTo(ReportFixtures.CLOCK.instant());
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en");
            assertThat(document.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
        }
    }

    @Test
    void indexLinksPointAtFindingPages() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int links = 0;
            for (PDPage page : document.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link) {
                        assertThat(link.getDestination()).isNotNull();
                        links++;
                    }
                }
            }
            long indexEntries = input.findings().stream().mapToLong(f -> f.strategies().size()).sum();
            assertThat(links).isGreaterThanOrEqualTo((int) indexEntries);
        }
    }

    @Test
    void pageNumbersAreOnEveryPageButTheCover() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isEqualTo(64);
            String text = text(pdf);
            for (int i = 2; i <= pages; i++) {
                assertThat(text).contains("Page " + i + " of " + pages);
            }
        }
    }

    @Test
    void sameInputGivesSameBytes() {
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        new PdfReportExporter().export(input, again, ExportProgress.NONE);
        assertThat(again.toByteArray()).isEqualTo(pdf);
    }

    @Test
    void documentIdIsDerivedFromTheInput() throws IOException {
        ReportInput later = new ReportInput(model, input.findings(), input.rulesRun(),
                java.time.Clock.fixed(ReportFixtures.CLOCK.instant().plusSeconds(86_400), java.time.ZoneOffset.UTC),
                input.options());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfReportExporter().export(later, out, ExportProgress.NONE);
        try (PDDocument first = Loader.loadPDF(pdf); PDDocument second = Loader.loadPDF(out.toByteArray())) {
            byte[] id = ((org.apache.pdfbox.cos.COSString) first.getDocument().getDocumentID().get(0)).getBytes();
            assertThat(id).isEqualTo(DocumentId.of(input));
            assertThat(((org.apache.pdfbox.cos.COSString) second.getDocument().getDocumentID().get(0)).getBytes())
                    .isEqualTo(DocumentId.of(later)).isNotEqualTo(id);
        }
    }

    static String text(byte[] bytes) throws IOException {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** Drops all whitespace, so names wrapped over lines still match. */
    static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static void collect(PDOutlineNode node, List<String> titles) {
        for (PDOutlineItem item : node.children()) {
            titles.add(item.getTitle());
            collect(item, titles);
        }
    }
}
