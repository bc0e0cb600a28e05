package org.threatmesh.cli.output;

import org.threatmesh.model.TriageDecision;
import org.threatmesh.rules.Evidence;
import org.threatmesh.rules.Finding;
import org.threatmesh.rules.engine.AnalysisResult;
import org.threatmesh.rules.engine.Coverage;

/** The human-readable report of {@code threatmesh analyze}: findings in report order, coverage, triage notes. */
public final class TextReport {

    private TextReport() {
    }

    public static String write(AnalysisResult result, String fileName) {
        StringBuilder out = new StringBuilder();
        out.append("ThreatMesh analysis of ").append(result.model().info().name()).append(" (").append(fileName)
                .append(")\n");
        out.append(Summary.line(result)).append("\n");
        for (Finding finding : result.findings()) {
            out.append('\n').append(String.format("%-8s %s  [%s] %s\n", Reports.upper(finding.severity()),
                    finding.key(), Reports.strategies(finding.strategies()),
                    result.isOpen(finding) ? "open" : finding.status().wireName()));
            out.append("  ").append(finding.rule().title()).append(finding.rule().extension() ? " (beyond NIST text)" : "")
                    .append('\n');
            out.append("  ").append(finding.message()).append('\n');
            for (Evidence evidence : finding.evidence()) {
                out.append("    - ").append(evidence).append('\n');
            }
            out.append("  Fix: ").append(finding.mitigation()).append('\n');
        }
        out.append("\nCoverage (SP 800-204 strategies)\n");
        for (Coverage.StrategyCoverage line : result.coverage().strategies()) {
            out.append(String.format("  %-9s %-45s %s\n", line.strategy().id(), line.strategy().title(),
                    line.status().wireName()));
        }
        if (!result.staleDecisions().isEmpty()) {
            out.append("\nStale triage decisions (their finding no longer fires; kept in the model)\n");
            for (TriageDecision decision : result.staleDecisions()) {
                out.append("  ").append(decision.findingKey()).append(": ").append(decision.status().wireName())
                        .append('\n');
            }
        }
        if (!result.expiredDecisions().isEmpty()) {
            out.append("\nExpired triage decisions (their findings count as open again)\n");
            for (TriageDecision decision : result.expiredDecisions()) {
                out.append("  ").append(decision.findingKey()).append(": expired ")
                        .append(decision.expires().orElseThrow()).append('\n');
            }
        }
        return out.toString();
    }
}
