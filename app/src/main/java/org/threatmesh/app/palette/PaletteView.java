package org.threatmesh.app.palette;

import java.util.function.BiPredicate;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.threatmesh.app.canvas.SkinFactory;

/**
 * The palette panel: a search field and one row per entry with its icon. A press-drag-release from a row onto
 * the canvas asks the drop target to place it (plain mouse events, so it works the same under test robots); a
 * click places it in the view's centre.
 */
public final class PaletteView extends VBox {

    /** Decides a drop at scene coordinates; returns true when the canvas took it. */
    public interface DropTarget extends BiPredicate<PaletteEntry, double[]> {
    }

    private final PaletteViewModel vm;
    private final VBox rows = new VBox(2);
    private final DropTarget dropTarget;

    public PaletteView(PaletteViewModel vm, DropTarget dropTarget) {
        this.vm = vm;
        this.dropTarget = dropTarget;
        setId("palette");
        getStyleClass().add("palette");
        setSpacing(8);
        setPadding(new Insets(10, 8, 10, 8));
        Label title = new Label("Palette");
        title.getStyleClass().add("panel-title");
        TextField search = new TextField();
        search.setPromptText("Search kinds");
        search.setId("palette-search");
        search.textProperty().bindBidirectional(vm.filterProperty());
        ScrollPane scroll = new ScrollPane(rows);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(title, search, scroll);
        vm.entries().addListener((ListChangeListener<PaletteEntry>) c -> rebuild());
        rebuild();
    }

    private void rebuild() {
        rows.getChildren().clear();
        for (PaletteEntry entry : vm.entries()) {
            rows.getChildren().add(row(entry));
        }
    }

    private HBox row(PaletteEntry entry) {
        Label label = new Label(entry.label());
        HBox row = new HBox(8, SkinFactory.icon(entry.icon(), 20), label);
        row.setId(entry.fxId());
        row.getStyleClass().add("palette-entry");
        row.setPadding(new Insets(4, 6, 4, 6));
        row.setCursor(Cursor.HAND);
        Tooltip.install(row, new Tooltip(entry.description() + "\nClick to place, or drag onto the canvas."));
        boolean[] dragging = {false};
        row.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> dragging[0] = false);
        row.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            dragging[0] = true;
            row.setCursor(Cursor.CLOSED_HAND);
        });
        row.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            row.setCursor(Cursor.HAND);
            if (dragging[0]) {
                dropTarget.test(entry, new double[] {e.getSceneX(), e.getSceneY()});
            } else if (row.contains(e.getX(), e.getY())) {
                vm.place(entry);
            }
            dragging[0] = false;
        });
        return row;
    }
}
