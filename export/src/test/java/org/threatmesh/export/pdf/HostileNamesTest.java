package org.threatmesh.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.threatmesh.export.ExportProgress;
import org.threatmesh.export.report.ReportInput;
import org.threatmesh.model.Edge;
import org.threatmesh.model.EdgeId;
import org.threatmesh.model.Layout;
import org.threatmesh.model.ModelInfo;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeId;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.Point;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.TriageDecision;
import org.threatmesh.model.TriageStatus;
import org.threatmesh.model.TrustZone;
import org.threatmesh.model.ZoneId;
import org.threatmesh.model.ZoneKind;
import org.threatmesh.model.attr.Attributes;
import org.threatmesh.model.attr.EdgeAttributes;
import org.threatmesh.model.attr.TlsMode;
import org.threatmesh.model.testing.ModelGenerator;

class HostileNamesTest {

    private static final String LONG = "Customer-facing order orchestration and fulfilment coordination service "
            + "for the northern European region with a deliberately excessive name that never ends".repeat(2);

    @Test
    void namesInAnyScriptRenderAndExtract() throws IOException {
        ThreatModel model = hostileModel();
        byte[] pdf = render(model, "hostile.pdf");
        String text = PdfReportExporterTest.squeeze(PdfReportExporterTest.text(pdf));
        assertThat(text).contains("注文サービス", "支付", "שירותנתונים", "خدمةالدفع", "\"quoted\"", "'single'", "‘curly’");
        assertThat(text).contains(PdfReportExporterTest.squeeze("test-plaintext-call@e-rtl"));
        assertThat(text).contains("\uFFFD").doesNotContain("🚀");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(5);
        }
    }

    @Test
    void generatedHostileModelRenders() throws IOException {
        byte[] pdf = render(ModelGenerator.generateWithHostileNames(80, 11), "generated-hostile.pdf");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(10);
            assertThat(document.getDocumentCatalog().getDocumentOutline().children()).isNotEmpty();
        }
    }

    @Test
    void emptyModelRendersEveryChapter() throws IOException {
        byte[] pdf = render(ThreatModel.empty("Empty"), "empty.pdf");
        assertThat(PdfReportExporterTest.text(pdf)).contains("The model has no components yet",
                "The analysis produced no findings.", "Overall risk: Low — no open violations");
    }

    static ThreatModel hostileModel() {
        ZoneId zone = ZoneId.of("z-tokyo");
        List<TrustZone> zones = List.of(new TrustZone(zone, ZoneKind.NAMESPACE, "名前空間 \"prod\" — שירות",
                Optional.empty(), Attributes.empty()));
        List<Node> nodes = List.of(
                new Node(NodeId.of("n-cjk"), NodeKind.SERVICE, "注文サービス 支付 결제", Optional.of(zone), Attributes.empty()),
                new Node(NodeId.of("n-arabic"), NodeKind.SERVICE, "خدمة الدفع (payments)", Optional.of(zone),
                        Attributes.empty()),
                new Node(NodeId.of("n-hebrew"), NodeKind.DATASTORE, "שירות נתונים", Optional.of(zone),
                        Attributes.empty()),
                new Node(NodeId.of("n-emoji"), NodeKind.EXTERNAL_CLIENT, "emoji 🚀 client", Optional.empty(),
                        Attributes.empty()),
                new Node(NodeId.of("n-long"), NodeKind.API_GATEWAY, LONG.substring(0, 200), Optional.of(zone),
                        Attributes.empty()),
                new Node(NodeId.of("n-quotes"), NodeKind.SERVICE, "\"quoted\" 'single' ‘curly’ <b>&amp;</b>",
                        Optional.of(zone), Attributes.empty()));
        Attributes plaintext = Attributes.empty().with(EdgeAttributes.TLS, TlsMode.NONE);
        List<Edge> edges = List.of(
                new Edge(EdgeId.of("e-rtl"), NodeId.of("n-emoji"), NodeId.of("n-arabic"), "دفع → שלם", plaintext),
                new Edge(EdgeId.of("e-long"), NodeId.of("n-long"), NodeId.of("n-cjk"), LONG.substring(0, 180),
                        plaintext),
                new Edge(EdgeId.of("e-quotes"), NodeId.of("n-quotes"), NodeId.of("n-hebrew"), "", plaintext));
        List<TriageDecision> triage = List.of(new TriageDecision("test-plaintext-call@e-long",
                TriageStatus.ACCEPTED_RISK, "Line one of the reason.\nLine two: \"quoted\", tab\there, 日本語.\n" + LONG,
                "Zoë O’Brien", Instant.parse("2026-01-05T10:00:00Z"), Optional.empty()));
        return ThreatModel.of(new ModelInfo("Hostile \"names\" 名前 — שירות " + "x".repeat(150),
                "Line one\nLine two with\ttab and 🚀 and عربي\n\n" + LONG, "Ĳsbrand Ørsted", "v1\"β\""),
                Attributes.empty(), zones, nodes, edges, triage, Layout.empty().withNode(NodeId.of("n-cjk"),
                        new Point(40, 40)));
    }

    static byte[] render(ThreatModel model, String dumpName) throws IOException {
        ReportInput input = ReportFixtures.input(model);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfReportExporter().export(input, out, ExportProgress.NONE);
        Path dump = Path.of("target", "test-reports", dumpName);
        Files.createDirectories(dump.getParent());
        Files.write(dump, out.toByteArray());
        return out.toByteArray();
    }
}
