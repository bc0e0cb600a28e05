package org.threatmesh.app.review;

import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.threatmesh.app.findings.FindingDetails;
import org.threatmesh.app.findings.Severities;
import org.threatmesh.model.TriageStatus;
import org.threatmesh.rules.Finding;

/** The finding in focus during a review, in large type, with the triage buttons. */
final class ReviewCard extends VBox {

    private final ReviewViewModel vm;
    private final Label progress = big("review-progress", 18);
    private final Label title = big("review-title", 28);
    private final Label element = big("review-element", 22);
    private final Label body = big("review-body", 20);
    private final Label status = big("review-status", 20);
    private final TextField justification = new TextField();

    ReviewCard(ReviewViewModel vm, Runnable exit) {
        super(14);
        this.vm = vm;
        setId("review-card");
        setPadding(new Insets(24));
        setMinWidth(420);
        setPrefWidth(560);
        justification.setId("review-justification");
        justification.setPromptText("Justification for the decision");
        justification.setStyle("-fx-font-size: 18px;");
        FlowPane buttons = new FlowPane(10, 10,
                decide("Mitigated", TriageStatus.MITIGATED), decide("Accepted risk", TriageStatus.ACCEPTED_RISK),
                decide("False positive", TriageStatus.FALSE_POSITIVE), decide("Reopen", TriageStatus.OPEN));
        Button close = new Button("Leave review (Esc)");
        close.setId("review-exit");
        close.setOnAction(e -> exit.run());
        Label keys = new Label("→ / PgDn next · ← / PgUp previous · Esc leave");
        keys.setStyle("-fx-font-size: 16px; -fx-opacity: 0.7;");
        getChildren().addAll(progress, title, element, body, status, justification, buttons, keys, close);
        vm.currentProperty().addListener(obs -> show());
        vm.positionProperty().addListener(obs -> show());
        show();
    }

    private Button decide(String text, TriageStatus decision) {
        Button button = new Button(text);
        button.setId("review-" + decision.wireName().replace('_', '-'));
        button.setStyle("-fx-font-size: 18px;");
        button.setOnAction(e -> {
            if (vm.triage(decision, justification.getText())) {
                justification.clear();
                show();
            }
        });
        return button;
    }

    private void show() {
        progress.setText(vm.progress());
        Optional<Finding> finding = vm.currentProperty().get();
        if (finding.isEmpty()) {
            title.setText(vm.currentKey().map(k -> "Resolved: " + k).orElse("No open high or critical findings"));
            element.setText("");
            body.setText("");
            status.setText("");
            return;
        }
        Finding f = finding.get();
        title.setText(f.severity().name() + " · " + f.rule().title());
        title.setTextFill(Severities.color(f.severity()));
        element.setText(f.elementName() + " · " + FindingDetails.strategyText(f) + " · STRIDE "
                + FindingDetails.strideLetters(f));
        body.setText(f.message() + "\n\nMitigation: " + f.mitigation());
        status.setText("Status: " + vm.currentStatus().map(TriageStatus::displayName).orElse(""));
    }

    private static Label big(String id, int size) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.setStyle("-fx-font-size: " + size + "px;");
        return label;
    }
}
