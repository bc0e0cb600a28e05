package org.threatmesh.cli.output;

import java.util.List;
import java.util.Locale;
import org.threatmesh.rules.Reference;
import org.threatmesh.rules.RuleMetadata;
import org.threatmesh.rules.Severity;
import org.threatmesh.rules.Strategy;
import org.threatmesh.rules.Stride;
import org.threatmesh.rules.engine.AnalysisJson;

/** Small formatting helpers shared by the report writers. */
final class Reports {

    private Reports() {
    }

    static String upper(Severity severity) {
        return severity.name().toUpperCase(Locale.ROOT);
    }

    static String strategies(List<Strategy> strategies) {
        return String.join(", ", strategies.stream().map(Strategy::id).toList());
    }

    static String stride(RuleMetadata rule) {
        StringBuilder out = new StringBuilder();
        for (Stride stride : Stride.values()) {
            if (rule.stride().contains(stride)) {
                out.append(stride.letter());
            }
        }
        return out.toString();
    }

    static String references(RuleMetadata rule) {
        return String.join("; ", rule.references().stream().map(Reports::label).toList());
    }

    static String label(Reference reference) {
        return AnalysisJson.label(reference);
    }
}
