package org.threatmesh.app.shell;

import org.threatmesh.app.canvas.CanvasViewModel;
import org.threatmesh.app.editing.EditingSession;
import org.threatmesh.app.export.ExportViewModel;
import org.threatmesh.app.files.DocumentViewModel;
import org.threatmesh.app.files.RecoveryStore;
import org.threatmesh.app.inspector.InspectorViewModel;
import org.threatmesh.app.layout.AutoLayout;
import org.threatmesh.app.layout.LayoutViewModel;
import org.threatmesh.app.palette.PaletteViewModel;
import org.threatmesh.app.ui.AppSettings;
import org.threatmesh.app.ui.DialogService;
import org.threatmesh.app.ui.UiExecutors;
import org.threatmesh.model.ThreatModel;

/**
 * The view-models of one editor window, wired to one editing session. Built without any control, so tests can
 * drive the whole editor through its intents.
 */
public final class Workspace {

    private final EditingSession session;
    private final CanvasViewModel canvas;
    private final PaletteViewModel palette;
    private final InspectorViewModel inspector;
    private final DocumentViewModel documents;
    private final LayoutViewModel layout;
    private final org.threatmesh.app.findings.FindingsFeature findings;
    private ExportViewModel export;
    private final DialogService dialogs;
    private final AppSettings settings;
    private final UiExecutors executors;

    public Workspace(ThreatModel initial, DialogService dialogs, AppSettings settings, UiExecutors executors) {
        this.dialogs = dialogs;
        this.settings = settings;
        this.executors = executors;
        session = new EditingSession(AutoLayout.placeUnplaced(initial));
        // First to hear of every edit, so the background analysis starts before the canvas and inspector catch up
        // on the UI thread.
        org.threatmesh.app.analysis.LiveAnalysis analysis = new org.threatmesh.app.analysis.LiveAnalysis(session,
                org.threatmesh.rules.engine.Analyzer.withBuiltInRules(), executors);
        canvas = new CanvasViewModel(session);
        palette = new PaletteViewModel(canvas);
        inspector = new InspectorViewModel(session, canvas.selection());
        documents = new DocumentViewModel(session, dialogs, settings, new RecoveryStore(settings.home()), executors,
                AutoLayout::placeUnplaced);
        layout = new LayoutViewModel(session, canvas, executors);
        findings = new org.threatmesh.app.findings.FindingsFeature(session, canvas, analysis);
    }

    /** Live analysis and the findings view-model (issue 5). */
    public org.threatmesh.app.findings.FindingsFeature findings() {
        return findings;
    }

    /** Connects the exporter to the canvas view's PNG renderer once the view exists. */
    void connectPngRenderer(java.util.function.Supplier<byte[]> renderer) {
        export = new ExportViewModel(session, dialogs, renderer);
    }

    public EditingSession session() {
        return session;
    }

    public CanvasViewModel canvas() {
        return canvas;
    }

    public PaletteViewModel palette() {
        return palette;
    }

    public InspectorViewModel inspector() {
        return inspector;
    }

    public DocumentViewModel documents() {
        return documents;
    }

    public LayoutViewModel layout() {
        return layout;
    }

    public ExportViewModel export() {
        return export;
    }

    public AppSettings settings() {
        return settings;
    }

    /** The dialogs view-models ask through; the report and config exports report their errors here. */
    public DialogService dialogs() {
        return dialogs;
    }

    /** Where background work runs and where results come back. */
    public UiExecutors executors() {
        return executors;
    }
}
