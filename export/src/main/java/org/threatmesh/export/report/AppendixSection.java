package org.threatmesh.export.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.threatmesh.export.report.Block.Anchor;
import org.threatmesh.export.report.Block.Cell;
import org.threatmesh.export.report.Block.Column;
import org.threatmesh.export.report.Block.Heading;
import org.threatmesh.export.report.Block.Row;
import org.threatmesh.model.Edge;
import org.threatmesh.model.Node;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.TrustZone;
import org.threatmesh.rules.RuleMetadata;

/**
 * The appendix: every rule that ran with its NIST reference, the model's full description, then every model element
 * with its attributes.
 */
final class AppendixSection {

    private AppendixSection() {
    }

    static Section build(ReportContext context) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Heading(1, "Rules that ran", Optional.of("appendix:rules")));
        blocks.add(rules(context));
        ThreatModel model = context.model();
        if (!model.info().description().isBlank()) {
            // The cover has room for a few paragraphs only; the full description is kept here.
            blocks.add(new Heading(1, "About the model", Optional.of("appendix:about")));
            blocks.add(Block.Paragraph.body(model.info().description()));
        }
        blocks.add(new Heading(1, "Model elements", Optional.of("appendix:elements")));
        if (!model.zones().isEmpty()) {
            blocks.add(new Heading(2, "Trust zones", Optional.of("appendix:zones")));
            blocks.add(zones(model));
        }
        if (!model.nodes().isEmpty()) {
            blocks.add(new Heading(2, "Nodes", Optional.of("appendix:nodes")));
            blocks.add(nodes(model));
        }
        if (!model.edges().isEmpty()) {
            blocks.add(new Heading(2, "Calls", Optional.of("appendix:calls")));
            blocks.add(edges(model));
        }
        return new Section(Section.APPENDIX, "Appendix", blocks);
    }

    private static Block rules(ReportContext context) {
        if (context.rules().isEmpty()) {
            return Block.Paragraph.body("No rules ran.");
        }
        List<Row> rows = new ArrayList<>();
        for (RuleMetadata rule : context.rules()) {
            rows.add(Row.of(Cell.of(rule.id()), Cell.of(rule.title() + (rule.extension() ? " (extension)" : "")),
                    Cell.of(Wording.severity(rule.severity()), Tone.of(rule.severity())),
                    Cell.of(Wording.references(rule.references()))));
        }
        return new Block.Table(List.of(new Column("Rule", 2.6), new Column("Title", 4), new Column("Base severity",
                1.3), new Column("NIST reference", 3.2)), rows, false);
    }

    private static Block zones(ThreatModel model) {
        List<Row> rows = new ArrayList<>();
        for (TrustZone zone : model.zones().values()) {
            rows.add(new Row(List.of(Cell.of(zone.name()), Cell.of(zone.id().value()),
                    Cell.of(zone.kind().displayName() + zone.parent().map(p -> " in " + model.nameOf(p)).orElse("")),
                    Cell.of(Wording.attributes(zone.attributes().asMap()))),
                    Optional.of(new Anchor("appendix:" + ReportContext.elementAnchor(zone.id()), zone.name()))));
        }
        return new Block.Table(List.of(new Column("Zone", 2.5), new Column("Id", 2), new Column("Kind", 2.2),
                new Column("Attributes", 5)), rows, true);
    }

    private static Block nodes(ThreatModel model) {
        List<Row> rows = new ArrayList<>();
        for (Node node : model.nodes().values()) {
            rows.add(new Row(List.of(Cell.of(node.name()), Cell.of(node.id().value()),
                    Cell.of(node.kind().displayName() + node.zone().map(z -> " in " + model.nameOf(z)).orElse("")),
                    Cell.of(Wording.attributes(node.attributes().asMap()))),
                    Optional.of(new Anchor("appendix:" + ReportContext.elementAnchor(node.id()), node.name()))));
        }
        return new Block.Table(List.of(new Column("Node", 2.5), new Column("Id", 2), new Column("Kind and zone", 2.2),
                new Column("Attributes", 5)), rows, true);
    }

    private static Block edges(ThreatModel model) {
        List<Row> rows = new ArrayList<>();
        for (Edge edge : model.edges().values()) {
            String name = Wording.label(model, edge.id());
            rows.add(new Row(List.of(Cell.of(model.nameOf(edge.id())), Cell.of(edge.id().value()),
                    Cell.of(model.nameOf(edge.from()) + " → " + model.nameOf(edge.to())),
                    Cell.of(Wording.attributes(edge.attributes().asMap()))),
                    Optional.of(new Anchor("appendix:" + ReportContext.elementAnchor(edge.id()), name))));
        }
        return new Block.Table(List.of(new Column("Call", 2.5), new Column("Id", 2), new Column("From → to", 2.2),
                new Column("Attributes", 5)), rows, true);
    }
}
