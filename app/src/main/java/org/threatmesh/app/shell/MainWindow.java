package org.threatmesh.app.shell;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.image.WritableImage;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import org.threatmesh.app.canvas.ArrangeIntents.Alignment;
import org.threatmesh.app.canvas.DiagramView;
import org.threatmesh.app.canvas.SkinFactory;
import org.threatmesh.app.inspector.InspectorView;
import org.threatmesh.app.palette.PaletteView;
import org.threatmesh.app.ui.AppSettings;

/**
 * The editor window: menu bar and toolbar on top, palette, diagram and inspector side by side, status bar at the
 * bottom. Remembers its size, dividers and theme; accepts model files dropped on it; autosaves unsaved work to
 * the recovery file; asks before unsaved changes are lost.
 */
public final class MainWindow {

    private static final String STYLESHEET = MainWindow.class.getResource("/org/threatmesh/app/app.css")
            .toExternalForm();

    private static final KeyCombination UNDO = MenuFactory.shortcut(KeyCode.Z);
    private static final KeyCombination REDO = MenuFactory.shortcutShift(KeyCode.Z);
    private static final KeyCombination REDO_ALT = MenuFactory.shortcut(KeyCode.Y);

    private final Stage stage;
    private final Workspace workspace;
    private final DiagramView diagram;
    private final SplitPane split;
    private final Scene scene;
    private final Timeline autosave;
    private boolean dark;

    public MainWindow(Stage stage, Workspace workspace) {
        this.stage = stage;
        this.workspace = workspace;
        AppSettings settings = workspace.settings();
        dark = settings.text("theme").filter("dark"::equals).isPresent();
        applyTheme();
        diagram = new DiagramView(workspace.canvas());
        workspace.connectPngRenderer(this::renderPng);
        workspace.canvas().clipboard().usePort(new SystemClipboardPort());
        PaletteView palette = new PaletteView(workspace.palette(), (entry, scenePoint) -> {
            if (!diagram.containsScenePoint(scenePoint[0], scenePoint[1])) {
                return false;
            }
            workspace.palette().drop(entry, diagram.sceneToDiagram(scenePoint[0], scenePoint[1]));
            diagram.requestFocus();
            return true;
        });
        InspectorView inspector = new InspectorView(workspace.inspector());
        split = new SplitPane(palette, diagram, inspector);
        split.setOrientation(Orientation.HORIZONTAL);
        SplitPane.setResizableWithParent(palette, false);
        SplitPane.setResizableWithParent(inspector, false);
        split.setDividerPositions(settings.number("divider.0").orElse(0.15), settings.number("divider.1")
                .orElse(0.76));
        BorderPane root = new BorderPane(split);
        root.setTop(new VBox(new MenuFactory(this, workspace, diagram).build(), toolBar()));
        root.setBottom(statusBar());
        org.threatmesh.app.findings.FindingsWindowParts.install(root, diagram, workspace.canvas(),
                workspace.findings());
        org.threatmesh.app.review.ReviewWindowParts.install(stage, root, diagram, workspace.findings());
        root.setId("main-window");
        scene = new Scene(root, settings.number("window.width").orElse(1440.0),
                settings.number("window.height").orElse(900.0));
        scene.getStylesheets().add(STYLESHEET);
        // Text fields have their own Ctrl+Z, which would fight the document history that already records every
        // keystroke as a (merged) command; the document's undo and redo win everywhere in the window.
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (UNDO.match(e) || REDO.match(e) || REDO_ALT.match(e)) {
                e.consume();
                diagram.requestFocus();
                if (UNDO.match(e)) {
                    workspace.session().undo();
                } else {
                    workspace.session().redo();
                }
            }
        });
        scene.addEventFilter(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
        });
        scene.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            boolean opened = e.getDragboard().hasFiles() && workspace.documents().openDropped(
                    e.getDragboard().getFiles().stream().map(java.io.File::toPath).toList());
            e.setDropCompleted(opened);
            e.consume();
            afterDocumentChange(opened);
        });
        stage.setScene(scene);
        stage.titleProperty().bind(workspace.documents().titleBinding());
        settings.number("window.x").ifPresent(stage::setX);
        settings.number("window.y").ifPresent(stage::setY);
        stage.setMaximized(settings.text("window.maximized").filter("true"::equals).isPresent());
        stage.setOnCloseRequest(e -> {
            if (!closing()) {
                e.consume();
            }
        });
        autosave = new Timeline(new KeyFrame(Duration.seconds(20), e -> workspace.documents().autosave()));
        autosave.setCycleCount(Timeline.INDEFINITE);
        autosave.play();
        // A running timeline is referenced by the animation pulse, which would keep a closed window alive.
        stage.setOnHidden(e -> autosave.stop());
    }

    /** Shows the window with the current document fitted to the view. */
    public void show() {
        stage.show();
        Platform.runLater(() -> {
            workspace.canvas().zoomToFit();
            diagram.requestFocus();
        });
    }

    public DiagramView diagram() {
        return diagram;
    }

    public Scene scene() {
        return scene;
    }

    /** After New/Open: fits the new document to the view. */
    void afterDocumentChange(boolean changed) {
        if (changed) {
            Platform.runLater(workspace.canvas()::zoomToFit);
        }
    }

    void showStartPage() {
        StartPage.show(stage, workspace.documents());
        afterDocumentChange(true);
    }

    void requestClose() {
        if (closing()) {
            stage.close();
        }
    }

    boolean isDark() {
        return dark;
    }

    void setDark(boolean value) {
        dark = value;
        applyTheme();
    }

    void showShortcuts() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(stage);
        alert.setTitle("Keyboard and mouse");
        alert.setHeaderText("Working with the diagram");
        alert.setContentText(String.join("\n",
                "Click: select · Ctrl/Cmd-click or Shift-click: add to selection · drag on empty space: rubber band",
                "Drag a node or zone header: move (zones carry their contents) · drag a zone's corner: resize",
                "Drag from a node's right-hand port to another node: draw a call",
                "Palette: click to place in the middle, or drag onto the canvas",
                "Arrow keys: nudge (Shift: 5 grid steps, Alt: 1 pixel) · Delete: delete · F2 or double-click: rename",
                "Wheel: zoom at the pointer · Space-drag or middle button: pan · Ctrl+0: zoom to fit",
                "All other shortcuts are shown next to their menu items."));
        alert.showAndWait();
    }

    private boolean closing() {
        if (!workspace.documents().confirmLosingChanges()) {
            return false;
        }
        autosave.stop();
        rememberWindow();
        workspace.documents().closedNormally();
        return true;
    }

    private void rememberWindow() {
        AppSettings settings = workspace.settings();
        settings.setText("window.maximized", Boolean.toString(stage.isMaximized()));
        if (!stage.isMaximized()) {
            settings.setNumber("window.x", stage.getX());
            settings.setNumber("window.y", stage.getY());
            settings.setNumber("window.width", scene.getWidth());
            settings.setNumber("window.height", scene.getHeight());
        }
        double[] dividers = split.getDividerPositions();
        for (int i = 0; i < dividers.length; i++) {
            settings.setNumber("divider." + i, dividers[i]);
        }
        settings.setText("theme", dark ? "dark" : "light");
        settings.save();
    }

    private void applyTheme() {
        // AtlantaFX 2.1.0's classes are Java 21 bytecode; its theme stylesheets work on Java 17 (ADR 0005).
        Application.setUserAgentStylesheet(MainWindow.class.getResource(dark
                ? "/atlantafx/base/theme/primer-dark.css" : "/atlantafx/base/theme/primer-light.css").toExternalForm());
    }

    private ToolBar toolBar() {
        var canvas = workspace.canvas();
        var session = workspace.session();
        Button undo = tool("Undo", "tool-undo", session::undo);
        undo.disableProperty().bind(session.canUndoProperty().not());
        Button redo = tool("Redo", "tool-redo", session::redo);
        redo.disableProperty().bind(session.canRedoProperty().not());
        Button zone = tool("Draw zone", "tool-draw-zone",
                () -> diagram.armZoneTool(Optional.of(org.threatmesh.model.ZoneKind.NAMESPACE)));
        zone.setGraphic(SkinFactory.icon("trust_zone", 16));
        ToolBar bar = new ToolBar(
                tool("Open", "tool-open", () -> afterDocumentChange(workspace.documents().open())),
                tool("Save", "tool-save", workspace.documents()::save),
                new Separator(), undo, redo, new Separator(), zone,
                tool("Align left", "tool-align-left", () -> canvas.arrange().align(Alignment.LEFT)),
                tool("Align top", "tool-align-top", () -> canvas.arrange().align(Alignment.TOP)),
                tool("Auto-layout", "tool-auto-layout", workspace.layout()::autoLayout),
                new Separator(),
                tool("−", "tool-zoom-out", canvas.viewport()::zoomOut),
                zoomLabel(),
                tool("+", "tool-zoom-in", canvas.viewport()::zoomIn),
                tool("Fit", "tool-zoom-fit", canvas::zoomToFit));
        bar.setId("tool-bar");
        return bar;
    }

    private Label zoomLabel() {
        Label zoom = new Label();
        zoom.setId("zoom-level");
        zoom.setMinWidth(48);
        zoom.setStyle("-fx-alignment: center;");
        zoom.textProperty().bind(workspace.canvas().viewport().scaleProperty().multiply(100).asString("%.0f %%"));
        return zoom;
    }

    private static Button tool(String text, String id, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setFocusTraversable(false);
        button.setTooltip(new Tooltip(text));
        button.setOnAction(e -> action.run());
        return button;
    }

    private HBox statusBar() {
        Label message = new Label();
        message.setId("status-message");
        message.textProperty().bind(workspace.canvas().messageProperty());
        Label counts = new Label();
        counts.setId("status-counts");
        var session = workspace.session();
        counts.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            var model = session.current();
            int selected = workspace.canvas().selection().ids().size();
            return model.nodes().size() + " nodes · " + model.edges().size() + " calls · " + model.zones().size()
                    + " zones" + (selected > 0 ? " · " + selected + " selected" : "");
        }, session.modelProperty(), workspace.canvas().selection().ids()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(12, message, spacer, counts);
        bar.getStyleClass().add("status-bar");
        bar.setPadding(new Insets(3, 10, 3, 10));
        return bar;
    }

    /** The whole diagram as PNG bytes at twice its natural size (less for very large diagrams), on white. */
    private byte[] renderPng() {
        WritableImage image = diagram.withEverythingShown(() -> {
            javafx.scene.Node world = diagram.lookup("#diagram-world");
            SnapshotParameters parameters = new SnapshotParameters();
            parameters.setFill(Color.WHITE);
            var bounds = world.getBoundsInLocal();
            double scale = Math.min(2.0, 8000 / Math.max(1, Math.max(bounds.getWidth(), bounds.getHeight())));
            // A snapshot applies the node's own zoom transform; divide it out so the export ignores the view zoom.
            double factor = scale / workspace.canvas().viewport().scale();
            parameters.setTransform(javafx.scene.transform.Transform.scale(factor, factor));
            return world.snapshot(parameters, null);
        });
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
