package org.threatmesh.cli.output;

import org.threatmesh.model.TriageDecision;
import org.threatmesh.rules.Finding;
import org.threatmesh.rules.engine.AnalysisResult;
import org.threatmesh.rules.engine.Coverage;

/** The analysis as GitHub-flavoured Markdown, for pull-request comments and wikis. */
public final class MarkdownReport {

    private MarkdownReport() {
    }

    public static String write(AnalysisResult result, String fileName) {
        StringBuilder out = new StringBuilder();
        out.append("# ThreatMesh analysis: ").append(cell(result.model().info().name())).append("\n\n");
        out.append("Model file `").append(fileName.replace("`", "'")).append("`. ").append(Summary.line(result))
                .append(".\n\n");
        out.append("## Findings\n\n");
        out.append("| Severity | Finding | Element | Strategies | Status | Message |\n");
        out.append("|---|---|---|---|---|---|\n");
        for (Finding finding : result.findings()) {
            out.append("| ").append(finding.severity().wireName()).append(" | `").append(finding.ruleId()).append("` ")
                    .append(cell(finding.rule().title())).append(" | ").append(cell(finding.elementName()))
                    .append(" (`").append(finding.element().value()).append("`) | ")
                    .append(Reports.strategies(finding.strategies())).append(" | ")
                    .append(result.isOpen(finding) ? "open" : finding.status().wireName()).append(" | ")
                    .append(cell(finding.message())).append(" |\n");
        }
        out.append("\n## Mitigations\n\n");
        String previous = "";
        for (Finding finding : result.findings()) {
            if (finding.ruleId().equals(previous)) {
                continue;
            }
            previous = finding.ruleId();
            out.append("- **").append(cell(finding.rule().title())).append("** (`").append(finding.ruleId())
                    .append("`): ").append(cell(finding.mitigation()));
            if (!finding.artefacts().isEmpty()) {
                out.append(" Artefacts: ").append(cell(String.join("; ", finding.artefacts()))).append('.');
            }
            out.append('\n');
        }
        out.append("\n## Coverage\n\n| Strategy | Title | Status |\n|---|---|---|\n");
        for (Coverage.StrategyCoverage line : result.coverage().strategies()) {
            out.append("| ").append(line.strategy().id()).append(" | ").append(line.strategy().title()).append(" | ")
                    .append(line.status().wireName()).append(" |\n");
        }
        if (!result.staleDecisions().isEmpty()) {
            out.append("\n## Stale triage decisions\n\n");
            for (TriageDecision decision : result.staleDecisions()) {
                out.append("- `").append(decision.findingKey()).append("`: ").append(decision.status().wireName())
                        .append('\n');
            }
        }
        return out.toString();
    }

    /** Text safe inside a table cell: no pipes, no line breaks, no HTML. */
    static String cell(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\n", " ").replace("\r", " ");
    }
}
