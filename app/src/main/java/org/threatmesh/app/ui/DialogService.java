package org.threatmesh.app.ui;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Everything view-models need to ask or tell the user in a dialog. The app implements it with JavaFX dialogs;
 * tests implement it with scripted answers, so view-models never touch a window.
 */
public interface DialogService {

    /** What to do with unsaved changes. */
    enum UnsavedChoice { SAVE, DISCARD, CANCEL }

    /** The kinds of file the user picks, which decide the chooser's filter and extension. */
    enum FileType {
        MODEL("ThreatMesh model", "*.threatmesh.json"),
        PNG("PNG image", "*.png"),
        SVG("SVG drawing", "*.svg");

        private final String description;
        private final String pattern;

        FileType(String description, String pattern) {
            this.description = description;
            this.pattern = pattern;
        }

        public String description() {
            return description;
        }

        /** Glob such as {@code *.png}. */
        public String pattern() {
            return pattern;
        }

        /** The file name extension including the dot, for example {@code .png}. */
        public String extension() {
            return pattern.substring(1);
        }
    }

    /** Asks for a model file to open; empty when cancelled. */
    Optional<Path> chooseFileToOpen(Optional<Path> directory);

    /** Asks where to save; empty when cancelled. */
    Optional<Path> chooseFileToSave(FileType type, String suggestedName, Optional<Path> directory);

    /** Asks whether to save the changes to {@code documentName} before they would be lost. */
    UnsavedChoice askToSaveChanges(String documentName);

    /** Asks a yes/no question; true for yes. */
    boolean confirm(String title, String question, String yesLabel, String noLabel);

    /**
     * Shows an error. {@code details} is shown in full (one located problem per line); it never contains a
     * stack trace.
     */
    void showError(String title, String summary, String details);
}
