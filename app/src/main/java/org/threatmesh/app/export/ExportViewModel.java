package org.threatmesh.app.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import org.threatmesh.app.editing.EditingSession;
import org.threatmesh.app.ui.DialogService;
import org.threatmesh.app.ui.DialogService.FileType;
import org.threatmesh.model.io.ModelFiles;

/**
 * File > Export: the diagram as SVG (written from the model) or PNG (rendered by the canvas, which supplies the
 * encoded image). Files are written atomically; failures are reported through the dialog service.
 */
public final class ExportViewModel {

    private final EditingSession session;
    private final DialogService dialogs;
    private final Supplier<byte[]> pngRenderer;

    /**
     * @param pngRenderer renders the whole diagram and returns PNG bytes; called on the UI thread
     */
    public ExportViewModel(EditingSession session, DialogService dialogs, Supplier<byte[]> pngRenderer) {
        this.session = session;
        this.dialogs = dialogs;
        this.pngRenderer = pngRenderer;
    }

    /** Asks where, then writes the diagram as SVG. */
    public Optional<Path> exportSvg() {
        return export(FileType.SVG, () -> new SvgDiagramWriter().write(session.current()));
    }

    /** Asks where, then writes the diagram as PNG. */
    public Optional<Path> exportPng() {
        return export(FileType.PNG, pngRenderer);
    }

    private Optional<Path> export(FileType type, Supplier<byte[]> bytes) {
        String base = session.file().map(p -> p.getFileName().toString().replace(".threatmesh.json", ""))
                .orElse(session.current().info().name().replaceAll("[^A-Za-z0-9._-]+", "-").toLowerCase());
        Optional<Path> target = dialogs.chooseFileToSave(type, base + type.extension(),
                session.file().map(Path::getParent));
        if (target.isEmpty()) {
            return Optional.empty();
        }
        Path file = target.get().getFileName().toString().endsWith(type.extension()) ? target.get()
                : target.get().resolveSibling(target.get().getFileName() + type.extension());
        try {
            ModelFiles.writeAtomically(file, bytes.get());
            return Optional.of(file);
        } catch (IOException | RuntimeException e) {
            dialogs.showError("Export failed", "The diagram could not be written to " + file + ".",
                    String.valueOf(e.getMessage()));
            return Optional.empty();
        }
    }
}
