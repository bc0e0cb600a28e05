package org.threatmesh.app.shell;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.threatmesh.app.ui.DialogService;

/** {@link DialogService} with JavaFX file choosers and alerts, owned by the main window. */
public final class FxDialogService implements DialogService {

    private final Window owner;

    public FxDialogService(Window owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> chooseFileToOpen(Optional<Path> directory) {
        FileChooser chooser = chooser("Open model", FileType.MODEL, directory);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("All JSON files", "*.json"));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToSave(FileType type, String suggestedName, Optional<Path> directory) {
        FileChooser chooser = chooser("Save " + type.description(), type, directory);
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    @Override
    public UnsavedChoice askToSaveChanges(String documentName) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "Your changes will be lost if you don't save them.",
                save, discard, cancel);
        alert.initOwner(owner);
        alert.setTitle("Unsaved changes");
        alert.setHeaderText("Save the changes to \"" + documentName + "\"?");
        alert.getDialogPane().setId("unsaved-dialog");
        ButtonType answer = alert.showAndWait().orElse(cancel);
        return answer == save ? UnsavedChoice.SAVE : answer == discard ? UnsavedChoice.DISCARD : UnsavedChoice.CANCEL;
    }

    @Override
    public boolean confirm(String title, String question, String yesLabel, String noLabel) {
        ButtonType yes = new ButtonType(yesLabel, ButtonBar.ButtonData.YES);
        ButtonType no = new ButtonType(noLabel, ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, yes, no);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setId("confirm-dialog");
        return alert.showAndWait().orElse(no) == yes;
    }

    @Override
    public void showError(String title, String summary, String details) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(summary);
        TextArea text = new TextArea(details);
        text.setId("error-details");
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(Math.min(12, Math.max(3, (int) details.lines().count() + 1)));
        text.setPrefColumnCount(70);
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().setId("error-dialog");
        alert.showAndWait();
    }

    private static FileChooser chooser(String title, FileType type, Optional<Path> directory) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(type.description(), type.pattern()));
        directory.filter(Files::isDirectory).map(Path::toFile).ifPresent(chooser::setInitialDirectory);
        return chooser;
    }
}
