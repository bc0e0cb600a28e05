package org.threatmesh.cli.output;

import org.threatmesh.rules.Severity;
import org.threatmesh.rules.engine.AnalysisResult;

/** One-line counts of an analysis. */
final class Summary {

    private Summary() {
    }

    static String line(AnalysisResult result) {
        StringBuilder out = new StringBuilder();
        out.append(result.findings().size()).append(result.findings().size() == 1 ? " finding" : " findings")
                .append(" (").append(result.openFindings().size()).append(" open)");
        String separator = ": ";
        for (int i = Severity.values().length - 1; i >= 0; i--) {
            Severity severity = Severity.values()[i];
            long count = result.findings().stream().filter(f -> f.severity() == severity).count();
            out.append(separator).append(count).append(' ').append(severity.wireName());
            separator = ", ";
        }
        return out.toString();
    }
}
