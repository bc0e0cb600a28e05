package org.threatmesh.app.review;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.threatmesh.app.findings.FindingsFeature;

/** Adds review mode to the editor window in one call: F5 and a status-bar button start it. */
public final class ReviewWindowParts {

    private ReviewWindowParts() {
    }

    /**
     * @param root    the window root; its bottom is the status bar (an {@link HBox})
     * @param diagram the canvas view
     * @return the review mode, for tests
     */
    public static ReviewMode install(Stage stage, BorderPane root, Node diagram, FindingsFeature feature) {
        ReviewViewModel vm = new ReviewViewModel(feature.analysis(), feature.findings());
        ReviewMode mode = new ReviewMode(stage, root, diagram, vm);
        Button start = new Button("Review (F5)");
        start.setId("review-start");
        start.setFocusTraversable(false);
        start.setOnAction(e -> mode.enter());
        if (root.getBottom() instanceof HBox statusBar) {
            statusBar.getChildren().add(start);
        }
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                    if (e.getCode() == KeyCode.F5 && !mode.isActive()) {
                        e.consume();
                        mode.enter();
                    }
                });
            }
        });
        return mode;
    }
}
