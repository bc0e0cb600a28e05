package org.threatmesh.export.report;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.threatmesh.export.report.Block.Cell;
import org.threatmesh.export.report.Block.Column;
import org.threatmesh.export.report.Block.Heading;
import org.threatmesh.export.report.Block.Paragraph;
import org.threatmesh.export.report.Block.Row;
import org.threatmesh.model.ElementId;
import org.threatmesh.model.ElementType;
import org.threatmesh.model.Node;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.TriageStatus;
import org.threatmesh.rules.Finding;
import org.threatmesh.rules.FindingKind;
import org.threatmesh.rules.RuleMetadata;
import org.threatmesh.rules.Strategy;

/**
 * The SP 800-204 coverage matrix: for each of the 13 strategies whether the model satisfies it, violates it or
 * leaves it undecided, then the same per element.
 */
final class CoverageSection {

    static final String VIOLATED = "✗";
    static final String REVIEW = "?";
    static final String PASSED = "✓";
    static final String NOT_CHECKED = "·";

    private CoverageSection() {
    }

    static Section build(ReportContext context) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(Paragraph.body("A strategy is violated when a violation bearing on it is open or accepted as a risk "
                + "(an accepted risk is still a gap), needs review when only review or attestation items are open, "
                + "and is satisfied when its rules ran and everything else was mitigated or a false positive."));
        blocks.add(new Heading(1, "By strategy", Optional.of("coverage:strategies")));
        blocks.add(strategyTable(context));
        blocks.add(new Heading(1, "By element", Optional.of("coverage:elements")));
        blocks.add(Paragraph.note(VIOLATED + " violation open or accepted   " + REVIEW + " needs review or attestation   "
                + PASSED + " checked, nothing open   " + NOT_CHECKED + " no rule of the strategy applies"));
        blocks.add(elementTable(context));
        return new Section(Section.COVERAGE, "SP 800-204 coverage", blocks);
    }

    private static Block.Table strategyTable(ReportContext context) {
        List<Row> rows = new ArrayList<>();
        for (Strategy strategy : Strategy.values()) {
            long rules = context.rules().stream().filter(r -> r.strategies().contains(strategy)).count();
            List<Finding> on = context.findings().stream().filter(f -> f.strategies().contains(strategy)).toList();
            long violations = on.stream().filter(CoverageSection::isGap).count();
            long review = on.stream().filter(f -> f.isOpen() && f.kind() != FindingKind.VIOLATION).count();
            long decided = on.stream().filter(f -> !f.isOpen()).count();
            Cell status;
            if (rules == 0) {
                status = Cell.of("Not assessed", Tone.MUTED);
            } else if (violations > 0) {
                status = Cell.of("Violated", Tone.HIGH);
            } else if (review > 0) {
                status = Cell.of("Needs review", Tone.REVIEW);
            } else {
                status = Cell.of("Satisfied", Tone.PASS);
            }
            rows.add(Row.of(Cell.of(strategy.id()), Cell.of(strategy.title() + " (" + strategy.section() + ")"),
                    Cell.of(Long.toString(rules)), Cell.of(Long.toString(violations)), Cell.of(Long.toString(review)),
                    Cell.of(Long.toString(decided)), status));
        }
        return new Block.Table(List.of(new Column("Strategy", 1.2), new Column("Title", 3.0), new Column("Rules", 0.8),
                new Column("Violations open or accepted", 1.5), new Column("Open reviews", 1.2),
                new Column("Triaged", 1.2),
                new Column("Status", 2.0)), rows, false);
    }

    private static Block.Table elementTable(ReportContext context) {
        ThreatModel model = context.model();
        List<Column> columns = new ArrayList<>();
        columns.add(new Column("Element", 5));
        for (Strategy strategy : Strategy.values()) {
            columns.add(new Column(Integer.toString(strategy.ordinal() + 1), 1));
        }
        List<Row> rows = new ArrayList<>();
        Stream<ElementId> elements = Stream.concat(Stream.concat(model.nodes().keySet().stream(),
                model.edges().keySet().stream()), model.zones().keySet().stream());
        elements.forEach(id -> {
            Set<Strategy> applicable = applicable(context, id);
            if (applicable.isEmpty()) {
                return;
            }
            List<Finding> on = context.byElement().getOrDefault(id, List.of());
            List<Cell> cells = new ArrayList<>();
            cells.add(Cell.of(Wording.element(model, id)));
            for (Strategy strategy : Strategy.values()) {
                cells.add(cell(strategy, applicable, on));
            }
            rows.add(new Row(cells, Optional.empty()));
        });
        return new Block.Table(columns, rows, true);
    }

    private static Cell cell(Strategy strategy, Set<Strategy> applicable, List<Finding> on) {
        List<Finding> relevant = on.stream().filter(f -> f.strategies().contains(strategy)).toList();
        if (relevant.stream().anyMatch(CoverageSection::isGap)) {
            return Cell.of(VIOLATED, Tone.HIGH);
        }
        if (relevant.stream().anyMatch(Finding::isOpen)) {
            return Cell.of(REVIEW, Tone.REVIEW);
        }
        return applicable.contains(strategy) ? Cell.of(PASSED, Tone.PASS) : Cell.of(NOT_CHECKED, Tone.MUTED);
    }

    /** A violation that is open or accepted as a risk: the gap is still there, someone just decided to live with it. */
    private static boolean isGap(Finding finding) {
        return finding.kind() == FindingKind.VIOLATION
                && (finding.isOpen() || finding.status() == TriageStatus.ACCEPTED_RISK);
    }

    /** The strategies of the rules that target this element's type and kind. */
    private static Set<Strategy> applicable(ReportContext context, ElementId id) {
        Set<Strategy> strategies = EnumSet.noneOf(Strategy.class);
        Optional<Node> node = id.type() == ElementType.NODE
                ? context.model().node((org.threatmesh.model.NodeId) id) : Optional.empty();
        for (RuleMetadata rule : context.rules()) {
            if (rule.targets().type() != id.type()) {
                continue;
            }
            if (node.isPresent() && !rule.targets().nodeKinds().contains(node.get().kind())) {
                continue;
            }
            strategies.addAll(rule.strategies());
        }
        return strategies;
    }
}
