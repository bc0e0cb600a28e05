package org.threatmesh.app.export;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.threatmesh.export.config.ConfigBundle;
import org.threatmesh.export.manifest.Target;

/**
 * The configuration export dialog: target check boxes (and All) on top, the files the export writes on the left,
 * the selected file and the README read-only on the right, Write to folder… at the bottom. Closes after writing.
 */
final class ConfigExportWindow {

    private ConfigExportWindow() {
    }

    static Stage showFor(Window owner, ConfigExportViewModel export) {
        HBox targets = new HBox(12, new Label("Targets:"));
        for (Target target : Target.values()) {
            CheckBox box = new CheckBox(target.displayName());
            box.setId("config-target-" + target.cliName());
            box.selectedProperty().bindBidirectional(export.selectedProperty(target));
            targets.getChildren().add(box);
        }
        Button all = new Button("All");
        all.setId("config-target-all");
        all.setOnAction(e -> export.selectAll());
        targets.getChildren().add(all);

        ListView<String> files = new ListView<>(export.files());
        files.setId("config-files");
        files.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                export.select(now);
            }
        });
        export.selectedFileProperty().addListener((obs, old, now) -> {
            if (!now.equals(files.getSelectionModel().getSelectedItem())) {
                files.getSelectionModel().select(now);
            }
        });
        TextArea file = readOnly("config-file-text");
        file.textProperty().bind(export.selectedTextProperty());
        TextArea readme = readOnly("config-readme");
        readme.textProperty().bind(export.readmeProperty());
        Tab fileTab = new Tab();
        fileTab.textProperty().bind(Bindings.when(export.selectedFileProperty().isEmpty()).then("File")
                .otherwise(export.selectedFileProperty()));
        fileTab.setContent(file);
        TabPane tabs = new TabPane(fileTab, new Tab(ConfigBundle.README, readme));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        SplitPane preview = new SplitPane(files, tabs);
        preview.setOrientation(Orientation.HORIZONTAL);
        preview.setDividerPositions(0.32);

        Label status = new Label();
        status.setId("config-status");
        status.textProperty().bind(export.statusProperty());
        Button write = new Button("Write to folder…");
        write.setId("config-write");
        write.setDefaultButton(true);
        write.disableProperty().bind(export.previewReadyProperty().not().or(export.busyProperty()));
        write.setOnAction(e -> export.chooseFolderAndWrite());
        Button close = new Button("Close");
        close.setId("config-close");
        close.setCancelButton(true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bottom = new HBox(10, status, spacer, write, close);

        BorderPane root = new BorderPane(preview, targets, null, bottom, null);
        root.setId("config-export");
        root.setPadding(new Insets(12));
        BorderPane.setMargin(preview, new Insets(10, 0, 10, 0));
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Export configs");
        stage.setScene(new Scene(root, 980, 640));
        close.setOnAction(e -> stage.close());
        export.writtenProperty().addListener((obs, old, now) -> now.ifPresent(folder -> stage.close()));
        stage.show();
        return stage;
    }

    private static TextArea readOnly(String id) {
        TextArea text = new TextArea();
        text.setId(id);
        text.setEditable(false);
        text.setStyle("-fx-font-family: monospace;");
        return text;
    }
}
