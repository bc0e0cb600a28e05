package org.threatmesh.app.findings;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.threatmesh.model.TriageStatus;
import org.threatmesh.rules.Finding;

/** Records one triage decision on the selected findings: status, justification, optional expiry. */
final class TriageBar extends HBox {

    TriageBar(FindingsViewModel vm, Supplier<List<Finding>> selected) {
        super(8);
        setId("triage-bar");
        setPadding(new Insets(4, 8, 4, 8));
        setAlignment(Pos.CENTER_LEFT);
        ComboBox<TriageStatus> status = new ComboBox<>();
        status.setId("triage-status");
        status.getItems().setAll(TriageStatus.values());
        status.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(TriageStatus value) {
                return value == null ? "" : value.displayName();
            }

            @Override
            public TriageStatus fromString(String text) {
                return null;
            }
        });
        status.getSelectionModel().select(TriageStatus.MITIGATED);
        TextField justification = new TextField();
        justification.setId("triage-justification");
        justification.setPromptText("Justification");
        HBox.setHgrow(justification, Priority.ALWAYS);
        DatePicker expires = new DatePicker();
        expires.setId("triage-expires");
        expires.setPromptText("Expires (optional)");
        expires.setPrefWidth(150);
        Button record = new Button("Triage selected");
        record.setId("triage-apply");
        record.setOnAction(e -> {
            if (vm.triage(selected.get(), status.getValue(), justification.getText(),
                    Optional.ofNullable(expires.getValue()))) {
                justification.clear();
                expires.setValue(null);
            }
        });
        Label message = new Label();
        message.setId("triage-message");
        message.textProperty().bind(vm.messageProperty());
        getChildren().addAll(new Label("Triage"), status, justification, expires, record, message);
    }
}
