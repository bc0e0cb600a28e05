package org.threatmesh.app.export;

import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * A small non-modal window showing a running report export: the exporter's step, a progress bar and Cancel. The
 * editor stays usable meanwhile (the export works on a snapshot). Once the report is written it says where, with
 * a Close button; a cancelled or failed export closes it (failures are shown as an error dialog).
 */
final class ReportProgressWindow {

    private ReportProgressWindow() {
    }

    static void showFor(Window owner, ReportExportViewModel export) {
        Label step = new Label();
        step.setId("report-progress-step");
        step.textProperty().bind(export.stepProperty());
        ProgressBar bar = new ProgressBar();
        bar.setId("report-progress-bar");
        bar.setPrefWidth(380);
        bar.progressProperty().bind(export.fractionProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("report-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> export.cancel());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        VBox root = new VBox(10, new Label("Exporting the threat report…"), step, bar, new HBox(spacer, cancel));
        root.setId("report-progress");
        root.setPadding(new Insets(14));
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.NONE);
        stage.setTitle("Export report");
        stage.setResizable(false);
        stage.setScene(new Scene(root));
        stage.setOnCloseRequest(e -> export.cancel());
        javafx.beans.value.ChangeListener<ReportExportViewModel.State> closeWhenDone = new javafx.beans.value
                .ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends ReportExportViewModel.State> obs,
                    ReportExportViewModel.State old, ReportExportViewModel.State now) {
                if (now == ReportExportViewModel.State.RUNNING) {
                    return;
                }
                export.stateProperty().removeListener(this);
                step.textProperty().unbind();
                bar.progressProperty().unbind();
                if (now == ReportExportViewModel.State.WRITTEN) {
                    // Stays open once so the user sees where the report went; Cancel becomes Close.
                    step.setText("Report written to " + export.writtenProperty().get().map(String::valueOf)
                            .orElse(""));
                    bar.setProgress(1);
                    cancel.setText("Close");
                    cancel.setOnAction(e -> stage.close());
                } else {
                    stage.close();
                }
            }
        };
        export.stateProperty().addListener(closeWhenDone);
        if (export.stateProperty().get() == ReportExportViewModel.State.RUNNING) {
            stage.show();
        }
    }
}
