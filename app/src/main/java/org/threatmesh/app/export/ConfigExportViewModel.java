package org.threatmesh.app.export;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.threatmesh.app.ui.UiExecutors;
import org.threatmesh.export.ExportException;
import org.threatmesh.export.config.ConfigBundle;
import org.threatmesh.export.config.ConfigExporter;
import org.threatmesh.export.manifest.Target;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.rules.Finding;
import org.threatmesh.rules.engine.Analyzer;

/**
 * File > Export configs…: pick targets, look at every file the export would write (the selected file's YAML and
 * the README), then write them into a folder atomically. The preview is planned on a worker thread from the
 * snapshot taken when the dialog opened and is replanned whenever the targets change; writing uses exactly the
 * previewed bundle. Failures are shown as one dialog, never a stack trace.
 */
public final class ConfigExportViewModel {

    private final ThreatModel snapshot;
    private final Optional<Path> documentFile;
    private final ExportDialogs dialogs;
    private final UiExecutors executors;
    private final Analyzer analyzer;
    private final ConfigExporter exporter = new ConfigExporter();
    private final Map<Target, BooleanProperty> selected = new EnumMap<>(Target.class);
    private final ObservableList<String> files = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper selectedFile = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper selectedText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper readme = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper previewReady = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Optional<Path>> written = new ReadOnlyObjectWrapper<>(Optional.empty());
    private Optional<ConfigBundle> bundle = Optional.empty();
    private List<Finding> findings;
    private long generation;

    /**
     * @param model        the snapshot to export
     * @param documentFile the document's file, if saved: the folder chooser starts next to it
     * @param analyzer     finds what each generated resource mitigates
     */
    public ConfigExportViewModel(Supplier<ThreatModel> model, Optional<Path> documentFile, ExportDialogs dialogs,
            UiExecutors executors, Analyzer analyzer) {
        this.snapshot = model.get();
        this.documentFile = documentFile;
        this.dialogs = dialogs;
        this.executors = executors;
        this.analyzer = analyzer;
        for (Target target : Target.values()) {
            BooleanProperty on = new SimpleBooleanProperty(true);
            on.addListener((obs, was, now) -> refreshPreview());
            selected.put(target, on);
        }
    }

    /** Whether {@code target} is part of the export; all are selected at first. */
    public BooleanProperty selectedProperty(Target target) {
        return selected.get(target);
    }

    /** Selects every target ("all"). */
    public void selectAll() {
        selected.values().forEach(p -> p.set(true));
    }

    public Set<Target> targets() {
        Set<Target> targets = EnumSet.noneOf(Target.class);
        selected.forEach((target, on) -> {
            if (on.get()) {
                targets.add(target);
            }
        });
        return targets;
    }

    /** The relative paths the export writes, in order, README included; empty while planning or none selected. */
    public ObservableList<String> files() {
        return files;
    }

    /** Shows {@code path}'s text read-only; ignored for paths not in the preview. */
    public void select(String path) {
        if (bundle.isPresent() && bundle.get().paths().contains(path)) {
            selectedFile.set(path);
            selectedText.set(bundle.get().text(path));
        }
    }

    public ReadOnlyStringProperty selectedFileProperty() {
        return selectedFile.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty selectedTextProperty() {
        return selectedText.getReadOnlyProperty();
    }

    /** The README.md the export writes at the top of the folder. */
    public ReadOnlyStringProperty readmeProperty() {
        return readme.getReadOnlyProperty();
    }

    /** One line on the preview: planning, how many files, or why there is nothing to write. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** True while planning or writing. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True while a preview of the selected targets is shown. */
    public ReadOnlyBooleanProperty previewReadyProperty() {
        return previewReady.getReadOnlyProperty();
    }

    /** True when a preview exists and nothing runs: Write is allowed. */
    public boolean canWrite() {
        return bundle.isPresent() && !busy.get();
    }

    /** The folder the last successful write filled. */
    public ReadOnlyObjectProperty<Optional<Path>> writtenProperty() {
        return written.getReadOnlyProperty();
    }

    /** Plans the preview for the selected targets (analysing the snapshot the first time). */
    public void refreshPreview() {
        long mine = ++generation;
        clearPreview();
        Set<Target> targets = targets();
        if (targets.isEmpty()) {
            status.set("Choose at least one target.");
            return;
        }
        busy.set(true);
        status.set("Planning the configuration…");
        executors.background().execute(() -> {
            try {
                List<Finding> known = findings();
                ConfigBundle planned = exporter.plan(snapshot, known, targets);
                executors.ui().execute(() -> showPreview(mine, planned));
            } catch (RuntimeException e) {
                executors.ui().execute(() -> previewFailed(mine, e));
            }
        });
    }

    /** Asks for a folder, then writes the previewed files into it; false when cancelled or nothing to write. */
    public boolean chooseFolderAndWrite() {
        if (!canWrite()) {
            return false;
        }
        Optional<Path> folder = dialogs.chooseOutputFolder(documentFile.map(Path::toAbsolutePath)
                .map(Path::getParent));
        if (folder.isEmpty()) {
            return false;
        }
        write(folder.get());
        return true;
    }

    /** Writes the previewed files into {@code folder} (new, empty, or a previous export) on a worker thread. */
    public void write(Path folder) {
        if (!canWrite()) {
            return;
        }
        ConfigBundle toWrite = bundle.get();
        busy.set(true);
        status.set("Writing " + toWrite.paths().size() + " files to " + folder + "…");
        executors.background().execute(() -> {
            try {
                toWrite.writeTo(folder);
                executors.ui().execute(() -> {
                    busy.set(false);
                    status.set("Wrote " + toWrite.paths().size() + " files to " + folder + ".");
                    written.set(Optional.of(folder));
                });
            } catch (ExportException e) {
                executors.ui().execute(() -> writeFailed(folder, e.getMessage()));
            } catch (RuntimeException e) {
                executors.ui().execute(() -> writeFailed(folder, e.getClass().getSimpleName() + ": "
                        + e.getMessage()));
            }
        });
    }

    private synchronized List<Finding> findings() {
        if (findings == null) {
            findings = analyzer.analyze(snapshot).findings();
        }
        return findings;
    }

    private void clearPreview() {
        bundle = Optional.empty();
        previewReady.set(false);
        files.clear();
        selectedFile.set("");
        selectedText.set("");
        readme.set("");
    }

    private void showPreview(long mine, ConfigBundle planned) {
        if (mine != generation) {
            return;
        }
        busy.set(false);
        bundle = Optional.of(planned);
        previewReady.set(true);
        files.setAll(planned.paths());
        readme.set(planned.readme());
        long yaml = planned.paths().stream().filter(p -> !p.equals(ConfigBundle.README)).count();
        status.set(yaml + " configuration files and " + ConfigBundle.README + " for " + targets().stream()
                .map(Target::displayName).collect(java.util.stream.Collectors.joining(", ")) + ".");
        planned.paths().stream().filter(p -> !p.equals(ConfigBundle.README)).findFirst()
                .or(() -> Optional.of(ConfigBundle.README)).ifPresent(this::select);
    }

    private void previewFailed(long mine, RuntimeException e) {
        if (mine != generation) {
            return;
        }
        busy.set(false);
        status.set("No preview: the configuration could not be planned.");
        dialogs.showError("Export failed", "The configuration of \"" + snapshot.info().name()
                + "\" could not be planned.", e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }

    private void writeFailed(Path folder, String detail) {
        busy.set(false);
        status.set("Nothing was written.");
        dialogs.showError("Export failed", "The configuration could not be written to " + folder + ".", detail);
    }
}
