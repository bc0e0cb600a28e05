package org.threatmesh.app.export;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.threatmesh.app.testing.ScriptedDialogs.ShownError;

/** Export dialogs with answers queued by the test; records the questions asked and the errors shown. */
final class ScriptedExportDialogs implements ExportDialogs {

    private final Deque<Path> reportFiles = new ArrayDeque<>();
    private final Deque<Path> folders = new ArrayDeque<>();
    private final List<String> questions = new ArrayList<>();
    private final List<ShownError> errors = new ArrayList<>();

    ScriptedExportDialogs answerReportFile(Path file) {
        reportFiles.add(file);
        return this;
    }

    ScriptedExportDialogs answerFolder(Path folder) {
        folders.add(folder);
        return this;
    }

    List<String> questions() {
        return questions;
    }

    synchronized List<ShownError> errors() {
        return List.copyOf(errors);
    }

    @Override
    public Optional<Path> chooseReportFile(String suggestedName, Optional<Path> directory) {
        questions.add("report " + suggestedName + " in " + directory.map(Path::toString).orElse("-"));
        return Optional.ofNullable(reportFiles.poll());
    }

    @Override
    public Optional<Path> chooseOutputFolder(Optional<Path> directory) {
        questions.add("folder in " + directory.map(Path::toString).orElse("-"));
        return Optional.ofNullable(folders.poll());
    }

    @Override
    public synchronized void showError(String title, String summary, String details) {
        errors.add(new ShownError(title, summary, details));
    }
}
