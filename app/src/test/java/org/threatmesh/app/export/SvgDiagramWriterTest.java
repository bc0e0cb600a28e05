package org.threatmesh.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threatmesh.app.editing.EditingSession;
import org.threatmesh.app.testing.Fixtures;
import org.threatmesh.app.testing.ScriptedDialogs;
import org.threatmesh.model.ThreatModel;
import org.w3c.dom.Document;

class SvgDiagramWriterTest {

    @TempDir
    Path work;

    @Test
    void writesOneGroupPerElementAsWellFormedDeterministicXml() throws Exception {
        ThreatModel sample = Fixtures.sample();
        byte[] svg = new SvgDiagramWriter().write(sample);

        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(svg));
        assertThat(document.getDocumentElement().getTagName()).isEqualTo("svg");
        String text = new String(svg, StandardCharsets.UTF_8);
        sample.nodes().keySet().forEach(id -> assertThat(text).contains("id=\"node-" + id + "\""));
        sample.edges().keySet().forEach(id -> assertThat(text).contains("id=\"edge-" + id + "\""));
        sample.zones().keySet().forEach(id -> assertThat(text).contains("id=\"zone-" + id + "\""));
        assertThat(text).contains(">Storefront BFF<");
        assertThat(new SvgDiagramWriter().write(sample)).isEqualTo(svg);
    }

    @Test
    void exportAsksWhereAndWritesTheFileWithItsExtension() throws Exception {
        EditingSession session = new EditingSession(Fixtures.small());
        ScriptedDialogs dialogs = new ScriptedDialogs().answerSave(work.resolve("diagram"));
        ExportViewModel export = new ExportViewModel(session, dialogs, () -> new byte[] {1, 2, 3});

        assertThat(export.exportSvg()).contains(work.resolve("diagram.svg"));
        assertThat(Files.readAllBytes(work.resolve("diagram.svg"))).isEqualTo(new SvgDiagramWriter().write(
                Fixtures.small()));

        dialogs.answerSave(work.resolve("diagram.png"));
        assertThat(export.exportPng()).contains(work.resolve("diagram.png"));
        assertThat(Files.readAllBytes(work.resolve("diagram.png"))).containsExactly(1, 2, 3);
        assertThat(dialogs.questions()).containsExactly("save SVG small.svg", "save PNG small.png");
    }

    @Test
    void namesAreEscaped() {
        assertThat(SvgDiagramWriter.escape("a<b & \"c\">")).isEqualTo("a&lt;b &amp; &quot;c&quot;&gt;");
    }
}
