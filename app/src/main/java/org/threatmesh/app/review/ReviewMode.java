package org.threatmesh.app.review;

import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/**
 * The meeting review mode inside the editor window: full screen, menus and panels hidden, the diagram beside the
 * {@link ReviewCard}; the keyboard steps through the queue. Leaving puts the diagram back where it was.
 */
public final class ReviewMode {

    private final Stage stage;
    private final BorderPane root;
    private final Node diagram;
    private final ReviewViewModel vm;
    private Node savedCenter;
    private Node savedTop;
    private SplitPane diagramHome;
    private int diagramIndex;
    private EventHandler<KeyEvent> keys;

    /**
     * @param root    the window root whose centre holds the editor
     * @param diagram the canvas view, somewhere inside a split pane of the centre
     */
    public ReviewMode(Stage stage, BorderPane root, Node diagram, ReviewViewModel vm) {
        this.stage = stage;
        this.root = root;
        this.diagram = diagram;
        this.vm = vm;
    }

    public boolean isActive() {
        return savedCenter != null;
    }

    /** Enters review over open high and critical findings. */
    public void enter() {
        if (isActive()) {
            return;
        }
        vm.start(true);
        diagramHome = findHome(root.getCenter());
        if (diagramHome == null) {
            return;
        }
        diagramIndex = diagramHome.getItems().indexOf(diagram);
        diagramHome.getItems().remove(diagram);
        savedCenter = root.getCenter();
        savedTop = root.getTop();
        SplitPane review = new SplitPane(diagram, new ReviewCard(vm, this::exit));
        review.setId("review-mode");
        review.setDividerPositions(0.64);
        root.setTop(null);
        root.setCenter(review);
        keys = this::onKey;
        stage.getScene().addEventFilter(KeyEvent.KEY_PRESSED, keys);
        stage.setFullScreenExitHint("");
        stage.setFullScreen(true);
        diagram.requestFocus();
    }

    /** Leaves review mode and restores the editor layout. */
    public void exit() {
        if (!isActive()) {
            return;
        }
        stage.getScene().removeEventFilter(KeyEvent.KEY_PRESSED, keys);
        ((SplitPane) root.getCenter()).getItems().remove(diagram);
        diagramHome.getItems().add(diagramIndex, diagram);
        root.setCenter(savedCenter);
        root.setTop(savedTop);
        savedCenter = null;
        stage.setFullScreen(false);
    }

    private void onKey(KeyEvent event) {
        boolean typing = stage.getScene().getFocusOwner() instanceof TextInputControl;
        KeyCode code = event.getCode();
        if (code == KeyCode.ESCAPE) {
            exit();
        } else if (code == KeyCode.PAGE_DOWN || (!typing && (code == KeyCode.RIGHT || code == KeyCode.DOWN))) {
            vm.next();
        } else if (code == KeyCode.PAGE_UP || (!typing && (code == KeyCode.LEFT || code == KeyCode.UP))) {
            vm.previous();
        } else {
            return;
        }
        event.consume();
    }

    private SplitPane findHome(Node node) {
        if (node instanceof SplitPane split) {
            if (split.getItems().contains(diagram)) {
                return split;
            }
            for (Node item : split.getItems()) {
                SplitPane found = findHome(item);
                if (found != null) {
                    return found;
                }
            }
        } else if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                SplitPane found = findHome(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
