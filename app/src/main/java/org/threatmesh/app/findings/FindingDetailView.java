package org.threatmesh.app.findings;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.threatmesh.rules.Finding;

/** Shows {@link FindingDetails} of one finding: titled sections of wrapped text. */
final class FindingDetailView extends ScrollPane {

    private final VBox content = new VBox(6);

    FindingDetailView() {
        setId("finding-detail");
        setFitToWidth(true);
        content.setPadding(new Insets(8));
        setContent(content);
        show(null);
    }

    /** Shows {@code finding}, or a hint when none (or several) are selected. */
    void show(Finding finding) {
        content.getChildren().clear();
        if (finding == null) {
            content.getChildren().add(new Label("Select one finding to see why it fires and how to fix it."));
            return;
        }
        for (FindingDetails.Section section : FindingDetails.of(finding)) {
            Label title = new Label(section.title());
            title.getStyleClass().add("finding-detail-title");
            title.setStyle("-fx-font-weight: bold;");
            title.setWrapText(true);
            content.getChildren().add(title);
            for (String line : section.lines()) {
                Label text = new Label(line);
                text.setWrapText(true);
                content.getChildren().add(text);
            }
        }
    }
}
