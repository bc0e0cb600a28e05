package org.threatmesh.export.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.threatmesh.export.report.Block.Cell;
import org.threatmesh.export.report.Block.Column;
import org.threatmesh.export.report.Block.Heading;
import org.threatmesh.export.report.Block.Row;
import org.threatmesh.rules.Finding;
import org.threatmesh.rules.Strategy;

/** The findings again, indexed by SP 800-204 strategy; every key links to its card. */
final class StrategyIndexSection {

    private StrategyIndexSection() {
    }

    static Section build(ReportContext context) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.Paragraph.body("Each key links to its finding. A finding that bears on several strategies "
                + "is listed under each."));
        for (Strategy strategy : Strategy.values()) {
            List<Finding> on = context.findings().stream().filter(f -> f.strategies().contains(strategy))
                    .sorted(ReportContext.WORST_FIRST).toList();
            blocks.add(new Heading(1, Wording.strategy(strategy), Optional.of("index:" + strategy.id())));
            blocks.add(on.isEmpty() ? Block.Paragraph.note("No findings.") : table(context, on));
        }
        List<Finding> unmapped = context.findings().stream().filter(f -> f.strategies().isEmpty())
                .sorted(ReportContext.WORST_FIRST).toList();
        if (!unmapped.isEmpty()) {
            blocks.add(new Heading(1, "SP 800-204A/B and other references", Optional.of("index:other")));
            blocks.add(table(context, unmapped));
        }
        return new Section(Section.STRATEGY_INDEX, "Index by strategy", blocks);
    }

    private static Block.Table table(ReportContext context, List<Finding> findings) {
        List<Row> rows = new ArrayList<>();
        for (Finding finding : findings) {
            rows.add(Row.of(Cell.link(finding.key(), ReportContext.findingAnchor(finding)),
                    Cell.of(Wording.severity(finding.severity()), ReportContext.toneOf(finding)),
                    Cell.of(Wording.label(context.model(), finding.element())),
                    Cell.of(finding.status().displayName())));
        }
        return new Block.Table(List.of(new Column("Finding", 4.5), new Column("Severity", 1.2),
                new Column("Element", 3), new Column("Status", 1.5)), rows, false);
    }
}
