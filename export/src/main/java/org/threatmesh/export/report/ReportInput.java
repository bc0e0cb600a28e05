package org.threatmesh.export.report;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.rules.Finding;
import org.threatmesh.rules.RuleMetadata;

/**
 * Everything a report is made from. The report shows exactly these findings; it never runs an analysis itself.
 *
 * @param model    the analysed model snapshot (its triage decisions feed the stale/expiring summary)
 * @param findings the analysis result's findings, with triage attached
 * @param rulesRun metadata of every rule that ran, for the coverage matrix and the appendix
 * @param clock    the report date and the PDF creation date come from it, so the same inputs give the same bytes
 * @param options  author and layout options
 */
public record ReportInput(ThreatModel model, List<Finding> findings, List<RuleMetadata> rulesRun, Clock clock,
        ReportOptions options) {

    public ReportInput {
        Objects.requireNonNull(model, "model");
        findings = List.copyOf(findings);
        rulesRun = List.copyOf(rulesRun);
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(options, "options");
    }
}
