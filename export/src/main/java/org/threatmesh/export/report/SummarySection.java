package org.threatmesh.export.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.threatmesh.export.report.Block.Bar;
import org.threatmesh.export.report.Block.Cell;
import org.threatmesh.export.report.Block.Column;
import org.threatmesh.export.report.Block.Heading;
import org.threatmesh.export.report.Block.Metric;
import org.threatmesh.export.report.Block.Paragraph;
import org.threatmesh.export.report.Block.Row;
import org.threatmesh.model.TriageDecision;
import org.threatmesh.model.TriageStatus;
import org.threatmesh.rules.Finding;
import org.threatmesh.rules.FindingKind;
import org.threatmesh.rules.Severity;
import org.threatmesh.rules.Strategy;

/** The executive summary: counts, charts, the top risks in plain words, and triage that needs attention. */
final class SummarySection {

    private SummarySection() {
    }

    static Section build(ReportContext context) {
        List<Block> blocks = new ArrayList<>();
        List<Finding> open = context.findings().stream().filter(Finding::isOpen).toList();
        blocks.add(new Paragraph(overview(context, open), Paragraph.Style.LEAD));
        blocks.add(new Block.Metrics(severityMetrics(open)));
        blocks.add(new Heading(1, "Findings by severity and status", Optional.empty()));
        blocks.add(statusTable(context.findings()));
        blocks.add(new Block.BarChart("Open violations by severity", severityBars(open)));
        blocks.add(new Block.BarChart("Open findings by SP 800-204 strategy", strategyBars(open)));
        blocks.add(new Heading(1, "Top risks", Optional.empty()));
        blocks.addAll(topRisks(context));
        blocks.add(new Heading(1, "Triage since the last review", Optional.empty()));
        blocks.addAll(triage(context));
        return new Section(Section.SUMMARY, "Executive summary", blocks);
    }

    private static String overview(ReportContext context, List<Finding> open) {
        long violations = open.stream().filter(f -> f.kind() == FindingKind.VIOLATION).count();
        long review = open.size() - violations;
        return context.model().info().name() + " has " + Wording.count(context.model().nodes().size(), "component",
                "components") + " and " + Wording.count(context.model().edges().size(), "call", "calls")
                + ". " + Wording.count(context.rules().size(), "rule", "rules") + " checked it against NIST SP 800-204"
                + " and found " + Wording.count((int) violations, "open violation", "open violations") + " and "
                + Wording.count((int) review, "open item", "open items") + " that need a person's review or attestation. "
                + CoverSection.rating(context) + ".";
    }

    private static List<Metric> severityMetrics(List<Finding> open) {
        List<Metric> metrics = new ArrayList<>();
        for (Severity severity : List.of(Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM, Severity.LOW)) {
            int count = (int) open.stream()
                    .filter(f -> f.kind() == FindingKind.VIOLATION && f.severity() == severity).count();
            metrics.add(new Metric(Wording.severity(severity), count, count == 0 ? Tone.MUTED : Tone.of(severity)));
        }
        metrics.add(new Metric("Needs review", (int) open.stream().filter(f -> f.kind() != FindingKind.VIOLATION)
                .count(), Tone.REVIEW));
        return metrics;
    }

    private static Block.Table statusTable(List<Finding> findings) {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column("Severity", 2));
        for (TriageStatus status : TriageStatus.values()) {
            columns.add(new Column(status.displayName(), 1.4));
        }
        columns.add(new Column("Total", 1));
        List<Row> rows = new ArrayList<>();
        for (Severity severity : List.of(Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM, Severity.LOW)) {
            List<Finding> ofSeverity = findings.stream().filter(f -> f.severity() == severity).toList();
            List<Cell> cells = new ArrayList<>();
            cells.add(Cell.of(Wording.severity(severity), Tone.of(severity)));
            for (TriageStatus status : TriageStatus.values()) {
                cells.add(Cell.of(Long.toString(ofSeverity.stream().filter(f -> f.status() == status).count())));
            }
            cells.add(Cell.of(Integer.toString(ofSeverity.size())));
            rows.add(new Row(cells, Optional.empty()));
        }
        List<Cell> total = new ArrayList<>();
        total.add(Cell.of("All"));
        for (TriageStatus status : TriageStatus.values()) {
            total.add(Cell.of(Long.toString(findings.stream().filter(f -> f.status() == status).count())));
        }
        total.add(Cell.of(Integer.toString(findings.size())));
        rows.add(new Row(total, Optional.empty()));
        return new Block.Table(columns, rows, false);
    }

    private static List<Bar> severityBars(List<Finding> open) {
        List<Bar> bars = new ArrayList<>();
        for (Severity severity : List.of(Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM, Severity.LOW)) {
            bars.add(new Bar(Wording.severity(severity), (int) open.stream()
                    .filter(f -> f.kind() == FindingKind.VIOLATION && f.severity() == severity).count(),
                    Tone.of(severity)));
        }
        return bars;
    }

    private static List<Bar> strategyBars(List<Finding> open) {
        Map<Strategy, Integer> counts = new EnumMap<>(Strategy.class);
        Map<Strategy, Severity> worst = new EnumMap<>(Strategy.class);
        for (Finding finding : open) {
            for (Strategy strategy : finding.strategies()) {
                counts.merge(strategy, 1, Integer::sum);
                if (finding.kind() == FindingKind.VIOLATION) {
                    worst.merge(strategy, finding.severity(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
                }
            }
        }
        List<Bar> bars = new ArrayList<>();
        for (Strategy strategy : Strategy.values()) {
            Tone tone = Optional.ofNullable(worst.get(strategy)).map(Tone::of)
                    .orElse(counts.containsKey(strategy) ? Tone.REVIEW : Tone.MUTED);
            bars.add(new Bar(Wording.strategy(strategy), counts.getOrDefault(strategy, 0), tone));
        }
        return bars;
    }

    private static List<Block> topRisks(ReportContext context) {
        List<Finding> top = context.openViolations().stream().limit(context.options().topRisks()).toList();
        if (top.isEmpty()) {
            return List.of(Paragraph.body("No open violations: every rule that could decide passed, or its finding "
                    + "was triaged."));
        }
        List<Cell> items = new ArrayList<>();
        for (Finding finding : top) {
            items.add(new Cell(Wording.severity(finding.severity()) + ": " + finding.message() + " What to do: "
                    + Wording.firstSentence(finding.mitigation()), Tone.of(finding.severity()),
                    Optional.of(ReportContext.findingAnchor(finding))));
        }
        return List.of(new Block.Bullets(items));
    }

    private static List<Block> triage(ReportContext context) {
        Set<String> firing = context.findings().stream().map(Finding::key).collect(Collectors.toSet());
        LocalDate today = context.today();
        LocalDate horizon = today.plusDays(context.options().expiryWarningDays());
        List<Row> rows = new ArrayList<>();
        for (TriageDecision decision : context.model().triage().values()) {
            String state;
            Tone tone;
            if (!firing.contains(decision.findingKey())) {
                state = "Stale: the finding no longer fires";
                tone = Tone.REVIEW;
            } else if (decision.isExpiredOn(today)) {
                state = "Expired on " + CoverSection.DATE.format(decision.expires().orElseThrow());
                tone = Tone.HIGH;
            } else if (decision.expires().filter(date -> !date.isAfter(horizon)).isPresent()) {
                state = "Expires on " + CoverSection.DATE.format(decision.expires().orElseThrow());
                tone = Tone.MEDIUM;
            } else {
                continue;
            }
            rows.add(Row.of(Cell.of(decision.findingKey()), Cell.of(decision.status().displayName()),
                    Cell.of(state, tone), Cell.of(decision.justification())));
        }
        if (rows.isEmpty()) {
            return List.of(Paragraph.body("No triage decision is stale, expired or expiring within "
                    + Wording.count(context.options().expiryWarningDays(), "day", "days") + "."));
        }
        return List.of(Paragraph.body(Wording.count(rows.size(), "triage decision needs", "triage decisions need")
                + " a second look."), new Block.Table(List.of(new Column("Finding", 3), new Column("Decision", 1.5),
                new Column("What changed", 2.5), new Column("Justification", 4)), rows, false));
    }
}
