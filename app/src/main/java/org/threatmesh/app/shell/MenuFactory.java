package org.threatmesh.app.shell;

import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.threatmesh.app.canvas.ArrangeIntents.Alignment;
import org.threatmesh.app.canvas.ArrangeIntents.Axis;
import org.threatmesh.app.canvas.CanvasViewModel;
import org.threatmesh.app.canvas.DiagramView;
import org.threatmesh.app.editing.EditingSession;
import org.threatmesh.app.export.ExportActions;
import org.threatmesh.app.export.FxExportDialogs;
import org.threatmesh.app.samples.OpenSampleWindow;
import org.threatmesh.app.samples.SampleGalleryViewModel;
import org.threatmesh.model.ZoneKind;
import org.threatmesh.samples.SampleCatalog;

/**
 * The menu bar. Every frequent action has a shortcut shown in its menu; Undo and Redo name the step they act on.
 * Clipboard and delete shortcuts act on a focused text field when one has focus, and on the diagram otherwise.
 */
final class MenuFactory {

    private final MainWindow window;
    private final Workspace workspace;
    private final DiagramView diagram;
    // Report and config exports and the sample gallery (issues 6, 7, 8) live in their own packages.
    private final ExportActions exports;
    private final OpenSampleWindow sampleGallery = new OpenSampleWindow();

    MenuFactory(MainWindow window, Workspace workspace, DiagramView diagram) {
        this.window = window;
        this.workspace = workspace;
        this.diagram = diagram;
        this.exports = new ExportActions(() -> window.scene().getWindow(), workspace.session()::current,
                workspace.session()::file, new FxExportDialogs(() -> window.scene().getWindow(),
                workspace.dialogs()), workspace.executors());
    }

    MenuBar build() {
        MenuBar bar = new MenuBar(file(), edit(), view(), arrange(), help());
        bar.setId("menu-bar");
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private Menu file() {
        var documents = workspace.documents();
        Menu recent = new Menu("Open Recent");
        recent.setId("menu-recent");
        Runnable fillRecent = () -> {
            recent.getItems().clear();
            for (Path path : documents.recentFiles()) {
                MenuItem open = new MenuItem(path.getFileName() + "  (" + path.getParent() + ")");
                open.setMnemonicParsing(false);
                open.setOnAction(e -> window.afterDocumentChange(documents.open(path)));
                recent.getItems().add(open);
            }
            recent.setDisable(recent.getItems().isEmpty());
        };
        documents.recentFiles().addListener((ListChangeListener<Path>) c -> fillRecent.run());
        fillRecent.run();
        return new Menu("_File", null,
                item("New…", "menu-new", shortcut(KeyCode.N), () -> window.showStartPage()),
                item("Open…", "menu-open", shortcut(KeyCode.O), () -> window.afterDocumentChange(documents.open())),
                recent,
                item("Open Sample…", "menu-open-sample", null, this::openSample),
                new SeparatorMenuItem(),
                item("Save", "menu-save", shortcut(KeyCode.S), documents::save),
                item("Save As…", "menu-save-as", shortcutShift(KeyCode.S), documents::saveAs),
                new SeparatorMenuItem(),
                item("Export as PNG…", "menu-export-png", shortcut(KeyCode.E), () -> workspace.export().exportPng()),
                item("Export as SVG…", "menu-export-svg", shortcutShift(KeyCode.E),
                        () -> workspace.export().exportSvg()),
                item("Export Report (PDF)…", "menu-export-report", shortcut(KeyCode.P), exports::exportReport),
                item("Export Configs…", "menu-export-configs", null, exports::exportConfigs),
                new SeparatorMenuItem(),
                item("Quit", "menu-quit", shortcut(KeyCode.Q), window::requestClose));
    }

    private void openSample() {
        var documents = workspace.documents();
        sampleGallery.show(window.scene().getWindow(), new SampleGalleryViewModel(SampleCatalog.all(),
                sample -> {
                    boolean opened = documents.newFromSample(sample);
                    window.afterDocumentChange(opened);
                    return opened;
                }));
    }

    private Menu edit() {
        EditingSession session = workspace.session();
        CanvasViewModel canvas = workspace.canvas();
        MenuItem undo = item("Undo", "menu-undo", shortcut(KeyCode.Z), () -> {
            diagram.requestFocus();
            session.undo();
        });
        undo.textProperty().bind(Bindings.when(session.canUndoProperty())
                .then(Bindings.concat("Undo ", session.undoDescriptionProperty())).otherwise("Undo"));
        undo.disableProperty().bind(session.canUndoProperty().not());
        MenuItem redo = item("Redo", "menu-redo", shortcutShift(KeyCode.Z), () -> {
            diagram.requestFocus();
            session.redo();
        });
        redo.textProperty().bind(Bindings.when(session.canRedoProperty())
                .then(Bindings.concat("Redo ", session.redoDescriptionProperty())).otherwise("Redo"));
        redo.disableProperty().bind(session.canRedoProperty().not());
        MenuItem paste = item("Paste", "menu-paste", shortcut(KeyCode.V),
                () -> textFocus().ifPresentOrElse(TextInputControl::paste, canvas.clipboard()::paste));
        return new Menu("_Edit", null, undo, redo, new SeparatorMenuItem(),
                item("Copy", "menu-copy", shortcut(KeyCode.C),
                        () -> textFocus().ifPresentOrElse(TextInputControl::copy, canvas.clipboard()::copy)),
                paste,
                item("Duplicate", "menu-duplicate", shortcut(KeyCode.D), canvas.clipboard()::duplicate),
                item("Delete", "menu-delete", new KeyCodeCombination(KeyCode.DELETE),
                        () -> textFocus().ifPresentOrElse(TextInputControl::deleteNextChar, canvas::deleteSelection)),
                item("Rename", "menu-rename", new KeyCodeCombination(KeyCode.F2), () -> canvas.selection().snapshot()
                        .stream().findFirst().ifPresent(diagram::startRename)),
                new SeparatorMenuItem(),
                item("Select All", "menu-select-all", shortcut(KeyCode.A),
                        () -> textFocus().ifPresentOrElse(TextInputControl::selectAll, canvas::selectEverything)));
    }

    private Menu view() {
        CanvasViewModel canvas = workspace.canvas();
        CheckMenuItem snap = new CheckMenuItem("Snap to Grid");
        snap.setId("menu-snap");
        snap.selectedProperty().bindBidirectional(canvas.snapToGridProperty());
        CheckMenuItem minimap = new CheckMenuItem("Show Minimap");
        minimap.setId("menu-minimap");
        minimap.setSelected(true);
        minimap.setAccelerator(shortcutShift(KeyCode.M));
        minimap.selectedProperty().addListener((obs, old, now) -> diagram.lookup("#minimap").setVisible(now));
        CheckMenuItem dark = new CheckMenuItem("Dark Theme");
        dark.setId("menu-dark");
        dark.setAccelerator(shortcutShift(KeyCode.T));
        dark.setSelected(window.isDark());
        dark.selectedProperty().addListener((obs, old, now) -> window.setDark(now));
        return new Menu("_View", null,
                item("Zoom In", "menu-zoom-in", shortcut(KeyCode.EQUALS), canvas.viewport()::zoomIn),
                item("Zoom Out", "menu-zoom-out", shortcut(KeyCode.MINUS), canvas.viewport()::zoomOut),
                item("Actual Size", "menu-zoom-100", shortcut(KeyCode.DIGIT1), canvas.viewport()::actualSize),
                item("Zoom to Fit", "menu-zoom-fit", shortcut(KeyCode.DIGIT0), canvas::zoomToFit),
                item("Zoom to Selection", "menu-zoom-selection", shortcut(KeyCode.DIGIT2), canvas::zoomToSelection),
                new SeparatorMenuItem(), snap, minimap, dark);
    }

    private Menu arrange() {
        CanvasViewModel canvas = workspace.canvas();
        Menu zones = new Menu("Draw Zone");
        zones.setId("menu-draw-zone");
        for (ZoneKind kind : ZoneKind.values()) {
            zones.getItems().add(item(kind.displayName(), "menu-draw-zone-" + kind.wireName(), null,
                    () -> diagram.armZoneTool(Optional.of(kind))));
        }
        Menu align = new Menu("Align");
        KeyCode[] alignKeys = {KeyCode.LEFT, null, KeyCode.RIGHT, KeyCode.UP, null, KeyCode.DOWN};
        for (Alignment a : Alignment.values()) {
            KeyCode key = alignKeys[a.ordinal()];
            align.getItems().add(item(a.label(), "menu-" + a.name().toLowerCase(), key == null ? null
                    : new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN, KeyCombination.ALT_DOWN),
                    () -> canvas.arrange().align(a)));
        }
        Menu distribute = new Menu("Distribute");
        for (Axis axis : Axis.values()) {
            distribute.getItems().add(item(axis.label(), "menu-distribute-" + axis.name().toLowerCase(), null,
                    () -> canvas.arrange().distribute(axis)));
        }
        return new Menu("_Arrange", null, zones, new SeparatorMenuItem(), align, distribute, new SeparatorMenuItem(),
                item("Auto-layout Selection", "menu-auto-layout", shortcut(KeyCode.L), workspace.layout()::autoLayout),
                item("Re-layout All", "menu-relayout-all", shortcutShift(KeyCode.L), workspace.layout()::relayoutAll));
    }

    private Menu help() {
        return new Menu("_Help", null, item("Keyboard and Mouse", "menu-help-keys", new KeyCodeCombination(KeyCode.F1),
                window::showShortcuts));
    }

    private Optional<TextInputControl> textFocus() {
        Scene scene = diagram.getScene();
        Node focused = scene == null ? null : scene.getFocusOwner();
        return focused instanceof TextInputControl text ? Optional.of(text) : Optional.empty();
    }

    static MenuItem item(String text, String id, KeyCombination accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setMnemonicParsing(false);
        if (accelerator != null) {
            item.setAccelerator(accelerator);
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    static KeyCombination shortcut(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }

    static KeyCombination shortcutShift(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    }
}
