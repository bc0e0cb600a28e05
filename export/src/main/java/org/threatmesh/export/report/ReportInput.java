package org.threatmesh.export.report;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.rules.Finding;
import org.threatmesh.rules.Rule;
import org.threatmesh.rules.RuleMetadata;
import org.threatmesh.rules.engine.AnalysisResult;
import org.threatmesh.rules.engine.Coverage;

/**
 * Everything a report is made from. The report shows exactly these findings; it never runs an analysis itself.
 *
 * @param model    the analysed model snapshot (its triage decisions feed the stale/expiring summary)
 * @param findings the analysis result's findings, with triage attached
 * @param rulesRun metadata of every rule that ran, for the coverage matrix and the appendix
 * @param clock    the report date and the PDF creation date come from it, so the same inputs give the same bytes
 * @param options  author and layout options
 * @param coverage the engine's coverage matrix; when empty the report derives coverage from the findings and the
 *                 rules' targets
 */
public record ReportInput(ThreatModel model, List<Finding> findings, List<RuleMetadata> rulesRun, Clock clock,
        ReportOptions options, Optional<Coverage> coverage) {

    public ReportInput {
        Objects.requireNonNull(model, "model");
        findings = List.copyOf(findings);
        rulesRun = List.copyOf(rulesRun);
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(coverage, "coverage");
    }

    /** Input without the engine's coverage matrix, for findings that did not come from an {@link AnalysisResult}. */
    public ReportInput(ThreatModel model, List<Finding> findings, List<RuleMetadata> rulesRun, Clock clock,
            ReportOptions options) {
        this(model, findings, rulesRun, clock, options, Optional.empty());
    }

    /** The report of an analysis: its model, findings, rules and coverage matrix. */
    public static ReportInput of(AnalysisResult result, Clock clock, ReportOptions options) {
        return new ReportInput(result.model(), result.findings(), result.rules().stream().map(Rule::metadata).toList(),
                clock, options, Optional.of(result.coverage()));
    }
}
