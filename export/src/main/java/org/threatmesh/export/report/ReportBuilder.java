package org.threatmesh.export.report;

import java.util.List;
import java.util.stream.Collectors;
import org.threatmesh.rules.Strategy;

/**
 * Stage one of the PDF export (house style §5.6): turns the model and its findings into a {@link Report}. All
 * selection, grouping, ordering and wording happen here; no PDF library is involved. Stateless and thread-safe.
 */
public final class ReportBuilder {

    /** Builds the report; equal inputs (including the clock's instant) give equal reports. */
    public Report build(ReportInput input) {
        ReportContext context = new ReportContext(input);
        String name = input.model().info().name();
        ReportMetadata metadata = new ReportMetadata("Threat model report: " + name, context.author(),
                "Threat model of " + name + " checked against NIST SP 800-204",
                keywords(context), input.clock().instant());
        return new Report(metadata, List.of(
                CoverSection.build(context),
                SummarySection.build(context),
                ArchitectureSection.build(context),
                CoverageSection.build(context),
                FindingsSection.build(context),
                StrategyIndexSection.build(context),
                AppendixSection.build(context)));
    }

    private static String keywords(ReportContext context) {
        String strategies = context.findings().stream().flatMap(f -> f.strategies().stream()).distinct().sorted()
                .map(Strategy::id).collect(Collectors.joining(", "));
        return "threat model, NIST SP 800-204, microservices, STRIDE" + (strategies.isEmpty() ? "" : ", " + strategies);
    }
}
