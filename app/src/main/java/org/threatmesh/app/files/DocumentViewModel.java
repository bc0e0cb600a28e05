package org.threatmesh.app.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.threatmesh.app.editing.EditingSession;
import org.threatmesh.app.ui.AppSettings;
import org.threatmesh.app.ui.DialogService;
import org.threatmesh.app.ui.DialogService.FileType;
import org.threatmesh.app.ui.DialogService.UnsavedChoice;
import org.threatmesh.app.ui.UiExecutors;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.io.Format;
import org.threatmesh.model.io.ModelFiles;
import org.threatmesh.model.io.ModelLoadException;
import org.threatmesh.model.io.Problem;
import org.threatmesh.samples.Sample;

/**
 * File handling for the one open document: New (empty or from a sample), Open (chooser, recent file or dropped
 * file), Save, Save As, the title with its dirty marker, the prompt before unsaved changes are lost, and autosave
 * to a recovery file that the next start offers back after a crash. Load errors are shown with their located
 * messages through the {@link DialogService}, never as stack traces.
 */
public final class DocumentViewModel {

    private final EditingSession session;
    private final DialogService dialogs;
    private final AppSettings settings;
    private final RecoveryStore recovery;
    private final UiExecutors executors;
    private final UnaryOperator<ThreatModel> placeUnplaced;
    private final ModelFiles files = new ModelFiles();
    private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();
    private final ObservableList<Path> readOnlyRecent = FXCollections.unmodifiableObservableList(recentFiles);
    private final StringBinding title;
    private long autosavedRevision = -1;

    /**
     * @param placeUnplaced gives elements without a layout entry a position when a file is opened
     */
    public DocumentViewModel(EditingSession session, DialogService dialogs, AppSettings settings,
            RecoveryStore recovery, UiExecutors executors, UnaryOperator<ThreatModel> placeUnplaced) {
        this.session = session;
        this.dialogs = dialogs;
        this.settings = settings;
        this.recovery = recovery;
        this.executors = executors;
        this.placeUnplaced = placeUnplaced;
        recentFiles.setAll(settings.recentFiles());
        title = Bindings.createStringBinding(() -> (session.isDirty() ? "*" : "") + documentName() + " — ThreatMesh",
                session.dirtyProperty(), session.fileProperty(), session.modelProperty());
    }

    /** "*Online shop — ThreatMesh": the model's name, with a star while there are unsaved changes. */
    public StringBinding titleBinding() {
        return title;
    }

    /** Recently opened or saved files, most recent first. */
    public ObservableList<Path> recentFiles() {
        return readOnlyRecent;
    }

    /** The document's name for prompts: its file name, or the model's name for a new document. */
    public String documentName() {
        return session.file().map(p -> p.getFileName().toString()).orElse(session.current().info().name());
    }

    /** File > New with an empty model, after asking about unsaved changes. */
    public boolean newEmpty() {
        return replaceWith(() -> Optional.of(ThreatModel.empty("Untitled system")), Optional.empty());
    }

    /** File > New from a built-in sample (not tied to a file, so Save asks where). */
    public boolean newFromSample(Sample sample) {
        return replaceWith(() -> Optional.of(sample.load()), Optional.empty());
    }

    /** File > Open: asks for a file, then opens it. */
    public boolean open() {
        if (!confirmLosingChanges()) {
            return false;
        }
        Optional<Path> chosen = dialogs.chooseFileToOpen(session.file().map(Path::getParent));
        return chosen.isPresent() && load(chosen.get());
    }

    /** Opens {@code file} (recent files, drag-and-drop, command line), after asking about unsaved changes. */
    public boolean open(Path file) {
        return confirmLosingChanges() && load(file);
    }

    /** Opens the first model file among files dropped on the window; false when none is a model file. */
    public boolean openDropped(List<Path> dropped) {
        Optional<Path> model = dropped.stream().filter(p -> p.getFileName().toString().endsWith(Format.EXTENSION)
                || p.getFileName().toString().endsWith(".json")).findFirst();
        return model.isPresent() && open(model.get());
    }

    /** File > Save: to the document's file, or asks where for a new document. */
    public boolean save() {
        Optional<Path> file = session.file();
        return file.isPresent() ? writeTo(file.get()) : saveAs();
    }

    /** File > Save As. */
    public boolean saveAs() {
        String suggested = session.file().map(p -> p.getFileName().toString())
                .orElse(session.current().info().name().replaceAll("[^A-Za-z0-9._-]+", "-").toLowerCase()
                        + Format.EXTENSION);
        Optional<Path> target = dialogs.chooseFileToSave(FileType.MODEL, suggested,
                session.file().map(Path::getParent));
        return target.isPresent() && writeTo(withExtension(target.get()));
    }

    /**
     * Asks what to do with unsaved changes, if any.
     *
     * @return true when it is fine to drop the current document (saved, discarded or clean)
     */
    public boolean confirmLosingChanges() {
        if (!session.isDirty()) {
            return true;
        }
        UnsavedChoice choice = dialogs.askToSaveChanges(documentName());
        return switch (choice) {
            case SAVE -> save();
            case DISCARD -> true;
            case CANCEL -> false;
        };
    }

    /** Writes the recovery copy when there are unsaved changes it does not hold yet. Called on a timer. */
    public void autosave() {
        if (!session.isDirty() || session.revision() == autosavedRevision) {
            return;
        }
        ThreatModel snapshot = session.current();
        Optional<Path> origin = session.file();
        autosavedRevision = session.revision();
        executors.background().execute(() -> {
            try {
                recovery.write(snapshot, origin);
            } catch (IOException e) {
                executors.ui().execute(() -> autosavedRevision = -1);
            }
        });
    }

    /**
     * At start-up: if the last session left unsaved work, offers to recover it. A recovered document opens on
     * top of its saved file as one undoable step, so it shows as changed.
     *
     * @return true when work was recovered
     */
    public boolean offerRecovery() {
        Optional<RecoveryStore.Recovered> pending = recovery.pending();
        if (pending.isEmpty()) {
            return false;
        }
        String what = pending.get().origin().map(p -> p.getFileName().toString())
                .orElse(pending.get().model().info().name());
        boolean recover = dialogs.confirm("Recover unsaved work",
                "ThreatMesh did not close normally. Recover the unsaved changes to \"" + what + "\"?",
                "Recover", "Discard");
        if (!recover) {
            recovery.clear();
            return false;
        }
        Optional<Path> origin = pending.get().origin().filter(Files::isRegularFile);
        ThreatModel base = ThreatModel.empty(pending.get().model().info().name());
        if (origin.isPresent()) {
            try {
                base = files.load(origin.get());
            } catch (ModelLoadException e) {
                origin = Optional.empty();
            }
        }
        session.open(base, origin);
        session.execute(new RestoreModelCommand(pending.get().model()));
        return true;
    }

    /** The app is closing normally: the recovery copy is no longer needed. */
    public void closedNormally() {
        recovery.clear();
    }

    private boolean replaceWith(java.util.function.Supplier<Optional<ThreatModel>> next, Optional<Path> file) {
        if (!confirmLosingChanges()) {
            return false;
        }
        Optional<ThreatModel> model = next.get();
        model.ifPresent(m -> {
            session.open(placeUnplaced.apply(m), file);
            recovery.clear();
        });
        return model.isPresent();
    }

    private boolean load(Path file) {
        try {
            ThreatModel model = files.load(file);
            session.open(placeUnplaced.apply(model), Optional.of(file));
            remember(file);
            recovery.clear();
            return true;
        } catch (ModelLoadException e) {
            StringBuilder details = new StringBuilder();
            for (Problem problem : e.problems()) {
                details.append(problem).append('\n');
            }
            dialogs.showError("Cannot open model", file.getFileName() + " is not a valid ThreatMesh model.",
                    details.toString().strip());
            return false;
        }
    }

    private boolean writeTo(Path file) {
        try {
            files.save(session.current(), file);
            session.markSaved(file);
            remember(file);
            recovery.clear();
            autosavedRevision = -1;
            return true;
        } catch (IOException e) {
            dialogs.showError("Cannot save model", "The model could not be saved to " + file + ".",
                    e.getClass().getSimpleName().replace("Exception", "") + ": " + e.getMessage());
            return false;
        }
    }

    private void remember(Path file) {
        settings.addRecent(file);
        settings.save();
        recentFiles.setAll(settings.recentFiles());
    }

    private static Path withExtension(Path target) {
        String name = target.getFileName().toString();
        return name.endsWith(Format.EXTENSION) ? target
                : target.resolveSibling(name.endsWith(".json") ? name.substring(0, name.length() - 5) + Format.EXTENSION
                : name + Format.EXTENSION);
    }
}
