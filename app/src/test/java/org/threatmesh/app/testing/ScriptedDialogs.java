package org.threatmesh.app.testing;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.threatmesh.app.ui.DialogService;

/** A dialog service with answers queued by the test; records every question and error it was shown. */
public final class ScriptedDialogs implements DialogService {

    /** One error the code under test reported. */
    public record ShownError(String title, String summary, String details) {
    }

    private final Deque<Path> filesToOpen = new ArrayDeque<>();
    private final Deque<Path> filesToSave = new ArrayDeque<>();
    private final Deque<UnsavedChoice> unsavedChoices = new ArrayDeque<>();
    private final Deque<Boolean> confirmations = new ArrayDeque<>();
    private final List<ShownError> errors = new ArrayList<>();
    private final List<String> questions = new ArrayList<>();
    private DialogService errorDelegate;

    public ScriptedDialogs answerOpen(Path file) {
        filesToOpen.add(file);
        return this;
    }

    public ScriptedDialogs answerSave(Path file) {
        filesToSave.add(file);
        return this;
    }

    public ScriptedDialogs answerUnsaved(UnsavedChoice choice) {
        unsavedChoices.add(choice);
        return this;
    }

    public ScriptedDialogs answerConfirm(boolean yes) {
        confirmations.add(yes);
        return this;
    }

    /** Shows errors through {@code delegate} too, for UI tests that look at the real dialog. */
    public ScriptedDialogs showErrorsWith(DialogService delegate) {
        errorDelegate = delegate;
        return this;
    }

    public List<ShownError> errors() {
        return errors;
    }

    public List<String> questions() {
        return questions;
    }

    @Override
    public Optional<Path> chooseFileToOpen(Optional<Path> directory) {
        questions.add("open");
        return Optional.ofNullable(filesToOpen.poll());
    }

    @Override
    public Optional<Path> chooseFileToSave(FileType type, String suggestedName, Optional<Path> directory) {
        questions.add("save " + type + " " + suggestedName);
        return Optional.ofNullable(filesToSave.poll());
    }

    @Override
    public UnsavedChoice askToSaveChanges(String documentName) {
        questions.add("unsaved " + documentName);
        UnsavedChoice choice = unsavedChoices.poll();
        if (choice == null) {
            throw new AssertionError("unexpected question about unsaved changes to " + documentName);
        }
        return choice;
    }

    @Override
    public boolean confirm(String title, String question, String yesLabel, String noLabel) {
        questions.add("confirm " + title);
        Boolean answer = confirmations.poll();
        if (answer == null) {
            throw new AssertionError("unexpected confirmation: " + question);
        }
        return answer;
    }

    @Override
    public void showError(String title, String summary, String details) {
        errors.add(new ShownError(title, summary, details));
        if (errorDelegate != null) {
            errorDelegate.showError(title, summary, details);
        }
    }
}
