package org.threatmesh.app.export;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.Window;
import org.threatmesh.app.ui.UiExecutors;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.rules.engine.Analyzer;

/**
 * The File menu's report and configuration exports: owns the report export (one at a time) and opens a fresh
 * configuration dialog on each request. The shell only calls {@link #exportReport()} and {@link #exportConfigs()}.
 */
public final class ExportActions {

    private final Supplier<Window> owner;
    private final Supplier<ThreatModel> model;
    private final Supplier<Optional<Path>> documentFile;
    private final ExportDialogs dialogs;
    private final UiExecutors executors;
    private final ReportExportViewModel report;

    public ExportActions(Supplier<Window> owner, Supplier<ThreatModel> model, Supplier<Optional<Path>> documentFile,
            ExportDialogs dialogs, UiExecutors executors) {
        this.owner = owner;
        this.model = model;
        this.documentFile = documentFile;
        this.dialogs = dialogs;
        this.executors = executors;
        this.report = new ReportExportViewModel(model, documentFile, dialogs, executors,
                ReportWriter.analyzingWith(Clock.systemUTC()));
    }

    /** The report export's state, for tests and status display. */
    public ReportExportViewModel report() {
        return report;
    }

    /** File > Export report…: asks where, then shows progress until the PDF is written, cancelled or failed. */
    public void exportReport() {
        if (report.exportReport()) {
            ReportProgressWindow.showFor(owner.get(), report);
        }
    }

    /** File > Export configs…: opens the target, preview and write dialog on the current snapshot. */
    public ConfigExportViewModel exportConfigs() {
        ConfigExportViewModel configs = new ConfigExportViewModel(model, documentFile.get(), dialogs, executors,
                Analyzer.withBuiltInRules());
        ConfigExportWindow.showFor(owner.get(), configs);
        configs.refreshPreview();
        return configs;
    }
}
