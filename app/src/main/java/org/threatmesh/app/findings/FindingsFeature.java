package org.threatmesh.app.findings;

import java.time.Clock;
import org.threatmesh.app.analysis.LiveAnalysis;
import org.threatmesh.app.canvas.CanvasViewModel;
import org.threatmesh.app.editing.EditingSession;

/**
 * The threat-analysis side of one editor window: the live analysis of the session's model and the findings
 * view-model on top of it. Built by the workspace without any control.
 */
public final class FindingsFeature {

    private final LiveAnalysis analysis;
    private final FindingsViewModel findings;
    private final OverlayViewModel overlay;

    /** @param analysis the live analysis of {@code session}'s model */
    public FindingsFeature(EditingSession session, CanvasViewModel canvas, LiveAnalysis analysis) {
        this.analysis = analysis;
        findings = new FindingsViewModel(analysis, session, canvas, Clock.systemUTC(),
                System.getProperty("user.name", ""));
        overlay = new OverlayViewModel(analysis, findings);
    }

    public OverlayViewModel overlay() {
        return overlay;
    }

    public LiveAnalysis analysis() {
        return analysis;
    }

    public FindingsViewModel findings() {
        return findings;
    }
}
