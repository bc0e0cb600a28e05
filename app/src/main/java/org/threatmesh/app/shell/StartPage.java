package org.threatmesh.app.shell;

import java.nio.file.Path;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.threatmesh.app.files.DocumentViewModel;
import org.threatmesh.samples.Sample;
import org.threatmesh.samples.SampleCatalog;

/** File > New: start from an empty model, a built-in sample, or a recent file. */
final class StartPage {

    private StartPage() {
    }

    static void show(Window owner, DocumentViewModel documents) {
        Dialog<Runnable> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("New model");
        dialog.getDialogPane().setId("start-page");
        dialog.getDialogPane().getStyleClass().add("start-page");
        VBox content = new VBox(8);
        content.setPadding(new Insets(4));
        content.setPrefWidth(520);
        Label heading = new Label("Start a model");
        heading.getStyleClass().add("panel-title");
        content.getChildren().add(heading);
        content.getChildren().add(card("Empty model", "A blank canvas: drag kinds from the palette.", "new-empty",
                dialog, documents::newEmpty));
        Label samples = new Label("Samples");
        samples.getStyleClass().add("inspector-group");
        content.getChildren().add(samples);
        for (Sample sample : SampleCatalog.all()) {
            content.getChildren().add(card(sample.title(), sample.summary(), "new-sample-" + sample.id(), dialog,
                    () -> documents.newFromSample(sample)));
        }
        if (!documents.recentFiles().isEmpty()) {
            Label recent = new Label("Recent files");
            recent.getStyleClass().add("inspector-group");
            content.getChildren().add(recent);
            for (Path file : documents.recentFiles()) {
                Hyperlink link = new Hyperlink(file.getFileName() + "  —  " + file.getParent());
                link.setOnAction(e -> {
                    dialog.setResult(() -> documents.open(file));
                    dialog.close();
                });
                content.getChildren().add(link);
            }
        }
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CANCEL);
        dialog.setResultConverter(button -> null);
        dialog.showAndWait().ifPresent(Runnable::run);
    }

    private static VBox card(String title, String summary, String id, Dialog<Runnable> dialog, Runnable action) {
        Label name = new Label(title);
        name.setStyle("-fx-font-weight: bold;");
        Label text = new Label(summary);
        text.setWrapText(true);
        VBox card = new VBox(2, name, text);
        card.setId(id);
        card.getStyleClass().add("sample-card");
        card.setOnMouseClicked(e -> {
            dialog.setResult(action);
            dialog.close();
        });
        return card;
    }
}
