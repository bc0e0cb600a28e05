package org.threatmesh.app.export;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.threatmesh.app.ui.DialogService;

/** {@link ExportDialogs} with JavaFX choosers; errors go through the app's {@link DialogService}. */
public final class FxExportDialogs implements ExportDialogs {

    private final Supplier<Window> owner;
    private final DialogService errors;

    /** @param owner the window the choosers belong to, looked up when a chooser opens */
    public FxExportDialogs(Supplier<Window> owner, DialogService errors) {
        this.owner = owner;
        this.errors = errors;
    }

    @Override
    public Optional<Path> chooseReportFile(String suggestedName, Optional<Path> directory) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export report");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF document", "*.pdf"));
        chooser.setInitialFileName(suggestedName);
        directory.filter(Files::isDirectory).map(Path::toFile).ifPresent(chooser::setInitialDirectory);
        return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseOutputFolder(Optional<Path> directory) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Export configs into folder (new, empty, or a previous export)");
        directory.filter(Files::isDirectory).map(Path::toFile).ifPresent(chooser::setInitialDirectory);
        return Optional.ofNullable(chooser.showDialog(owner.get())).map(File::toPath);
    }

    @Override
    public void showError(String title, String summary, String details) {
        errors.showError(title, summary, details);
    }
}
