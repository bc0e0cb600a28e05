package org.threatmesh.app.export;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.threatmesh.app.ui.UiExecutors;
import org.threatmesh.export.ExportCancelledException;
import org.threatmesh.export.ExportException;
import org.threatmesh.export.ExportProgress;
import org.threatmesh.model.ThreatModel;

/**
 * File > Export report…: asks where, then analyses the current snapshot and renders its PDF report on a worker
 * thread while the editor stays usable. Progress steps and the fraction done come back on the UI executor; Cancel
 * stops the exporter at its next check and leaves any earlier file untouched (the write is atomic). Failures are
 * shown as one dialog naming the file, never a stack trace.
 */
public final class ReportExportViewModel {

    /** Where an export stands. */
    public enum State { IDLE, RUNNING, WRITTEN, CANCELLED, FAILED }

    static final String PDF = ".pdf";

    private final Supplier<ThreatModel> model;
    private final Supplier<Optional<Path>> documentFile;
    private final ExportDialogs dialogs;
    private final UiExecutors executors;
    private final ReportWriter writer;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.IDLE);
    private final ReadOnlyStringWrapper step = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper fraction = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyObjectWrapper<Optional<Path>> written = new ReadOnlyObjectWrapper<>(Optional.empty());
    private volatile AtomicBoolean cancelled = new AtomicBoolean();

    /**
     * @param model        the snapshot to export, read on the UI thread when the export starts
     * @param documentFile the document's file, if saved: names the report and picks the chooser's folder
     */
    public ReportExportViewModel(Supplier<ThreatModel> model, Supplier<Optional<Path>> documentFile,
            ExportDialogs dialogs, UiExecutors executors, ReportWriter writer) {
        this.model = model;
        this.documentFile = documentFile;
        this.dialogs = dialogs;
        this.executors = executors;
        this.writer = writer;
    }

    /**
     * The suggested report name: the document's file name with {@code .pdf} instead of the model extension, or
     * for an unsaved document the model's name in lower case with anything but letters, digits, dot, dash and
     * underscore turned into dashes.
     */
    public static String suggestedFileName(ThreatModel model, Optional<Path> file) {
        String base = file.map(p -> p.getFileName().toString().replaceFirst("(\\.threatmesh)?\\.json$", ""))
                .orElseGet(() -> model.info().name().replaceAll("[^A-Za-z0-9._-]+", "-")
                        .replaceAll("^-+|-+$", "").toLowerCase(Locale.ROOT));
        return (base.isEmpty() ? "threat-report" : base) + "-report" + PDF;
    }

    /** Asks for the target file and starts the export; false when the user cancelled the chooser or one runs. */
    public boolean exportReport() {
        if (state.get() == State.RUNNING) {
            return false;
        }
        ThreatModel snapshot = model.get();
        Optional<Path> chosen = dialogs.chooseReportFile(suggestedFileName(snapshot, documentFile.get()),
                documentFile.get().map(Path::toAbsolutePath).map(Path::getParent));
        if (chosen.isEmpty()) {
            return false;
        }
        start(snapshot, withPdfExtension(chosen.get()));
        return true;
    }

    /** Asks the running export to stop; it ends in {@link State#CANCELLED} without writing. */
    public void cancel() {
        cancelled.set(true);
        if (state.get() == State.RUNNING) {
            step.set("Cancelling…");
        }
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The exporter's current step, such as "Rendering findings". */
    public ReadOnlyStringProperty stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** 0..1 of the whole export. */
    public ReadOnlyDoubleProperty fractionProperty() {
        return fraction.getReadOnlyProperty();
    }

    /** The file the last successful export wrote. */
    public ReadOnlyObjectProperty<Optional<Path>> writtenProperty() {
        return written.getReadOnlyProperty();
    }

    private void start(ThreatModel snapshot, Path target) {
        AtomicBoolean flag = new AtomicBoolean();
        cancelled = flag;
        step.set("Starting");
        fraction.set(0);
        state.set(State.RUNNING);
        ExportProgress progress = new ExportProgress() {
            @Override
            public void progress(String what, double done) {
                executors.ui().execute(() -> {
                    if (state.get() == State.RUNNING && !flag.get()) {
                        step.set(what);
                        fraction.set(Math.max(fraction.get(), done));
                    }
                });
            }

            @Override
            public boolean isCancelled() {
                return flag.get();
            }
        };
        try {
            executors.background().execute(() -> run(snapshot, target, progress));
        } catch (RejectedExecutionException e) {
            fail(target, "The app is shutting down.");
        }
    }

    private void run(ThreatModel snapshot, Path target, ExportProgress progress) {
        try {
            writer.write(snapshot, target, progress);
            executors.ui().execute(() -> {
                written.set(Optional.of(target));
                state.set(State.WRITTEN);
            });
        } catch (ExportCancelledException e) {
            executors.ui().execute(() -> state.set(State.CANCELLED));
        } catch (ExportException e) {
            executors.ui().execute(() -> fail(target, e.getMessage()));
        } catch (RuntimeException | Error e) {
            // Anything else (a rule defect, memory exhausted by a huge model) must still end the export, or the
            // progress window would wait forever.
            String detail = e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getClass().getSimpleName() + ": " + e.getMessage();
            executors.ui().execute(() -> fail(target, detail));
        }
    }

    private void fail(Path target, String detail) {
        state.set(State.FAILED);
        dialogs.showError("Export failed", "The report could not be written to " + target + ".", detail);
    }

    static Path withPdfExtension(Path target) {
        String name = target.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(PDF) ? target : target.resolveSibling(name + PDF);
    }
}
