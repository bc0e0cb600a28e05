package org.threatmesh.app.export;

import java.nio.file.Path;
import java.time.Clock;
import org.threatmesh.export.ExportProgress;
import org.threatmesh.export.pdf.PdfReportExporter;
import org.threatmesh.export.report.ReportInput;
import org.threatmesh.export.report.ReportOptions;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.rules.Rule;
import org.threatmesh.rules.builtin.BuiltInRules;
import org.threatmesh.rules.engine.AnalysisResult;
import org.threatmesh.rules.engine.Analyzer;

/**
 * Analyses a model and writes its PDF report. Runs on a worker thread; implementations report progress and honour
 * cancellation through the given {@link ExportProgress}.
 */
@FunctionalInterface
public interface ReportWriter {

    /**
     * Writes the report of {@code model} to {@code target} atomically.
     *
     * @throws org.threatmesh.export.ExportException          when the report cannot be rendered or written
     * @throws org.threatmesh.export.ExportCancelledException when {@code progress} was cancelled
     */
    void write(ThreatModel model, Path target, ExportProgress progress);

    /**
     * The real writer: runs every built-in rule (triage expiry judged by {@code clock}), then renders the report
     * with the editor's node icons, dated by {@code clock}.
     */
    static ReportWriter analyzingWith(Clock clock) {
        Analyzer analyzer = new Analyzer(BuiltInRules.all(), clock);
        PdfReportExporter exporter = new PdfReportExporter();
        return (model, target, progress) -> {
            if (progress.isCancelled()) {
                throw new org.threatmesh.export.ExportCancelledException();
            }
            progress.progress("Analysing the model", 0.0);
            AnalysisResult result = analyzer.analyze(model);
            ReportInput input = new ReportInput(model, result.findings(),
                    result.rules().stream().map(Rule::metadata).toList(), clock, ReportOptions.defaults());
            exporter.export(input, target, progress);
        };
    }
}
