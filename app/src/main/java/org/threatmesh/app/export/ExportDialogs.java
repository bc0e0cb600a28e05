package org.threatmesh.app.export;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The questions the report and configuration exports ask. The app answers with JavaFX choosers
 * ({@link FxExportDialogs}); tests answer with scripted values, so the export view-models never open a window.
 */
public interface ExportDialogs {

    /** Asks where to write the PDF report, suggesting {@code suggestedName}; empty when cancelled. */
    Optional<Path> chooseReportFile(String suggestedName, Optional<Path> directory);

    /** Asks for the folder to write configuration into; empty when cancelled. */
    Optional<Path> chooseOutputFolder(Optional<Path> directory);

    /** Shows an error: a one-line summary and details that never contain a stack trace. */
    void showError(String title, String summary, String details);
}
