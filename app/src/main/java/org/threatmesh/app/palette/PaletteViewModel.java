package org.threatmesh.app.palette;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.threatmesh.app.canvas.CanvasViewModel;
import org.threatmesh.model.ElementId;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.Point;
import org.threatmesh.model.ZoneKind;

/**
 * The palette: every node kind and zone kind, filterable by typing. Clicking an entry places it in the middle of
 * the view; dragging one onto the canvas places it where it is dropped.
 */
public final class PaletteViewModel {

    private final CanvasViewModel canvas;
    private final List<PaletteEntry> all = new ArrayList<>();
    private final ObservableList<PaletteEntry> visible = FXCollections.observableArrayList();
    // Unmodifiable views listen weakly to their source, so each is created once and kept: a fresh view per call
    // would be collected with its listeners.
    private final ObservableList<PaletteEntry> readOnly = FXCollections.unmodifiableObservableList(visible);
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private int placements;

    public PaletteViewModel(CanvasViewModel canvas) {
        this.canvas = canvas;
        for (NodeKind kind : NodeKind.values()) {
            all.add(PaletteEntry.of(kind));
        }
        for (ZoneKind kind : ZoneKind.values()) {
            all.add(PaletteEntry.of(kind));
        }
        filter.addListener((obs, old, now) -> applyFilter());
        applyFilter();
    }

    /** The entries matching the filter, nodes first, in declaration order. */
    public ObservableList<PaletteEntry> entries() {
        return readOnly;
    }

    /** Text typed into the palette's search field. */
    public StringProperty filterProperty() {
        return filter;
    }

    /**
     * Click: places the entry in the middle of the view, stepping successive placements so new elements do not
     * pile up on one spot.
     */
    public Optional<ElementId> place(PaletteEntry entry) {
        Point center = canvas.viewport().center();
        int step = placements++ % 6;
        return drop(entry, center.plus(step * 30.0, step * 30.0));
    }

    /** Drop: places the entry centred where it was dropped, in diagram coordinates. */
    public Optional<ElementId> drop(PaletteEntry entry, Point where) {
        if (entry.nodeKind().isPresent()) {
            return canvas.creation().addNode(entry.nodeKind().get(), where).map(ElementId.class::cast);
        }
        return canvas.creation().addZone(entry.zoneKind().orElseThrow(), where).map(ElementId.class::cast);
    }

    private void applyFilter() {
        String text = filter.get().strip().toLowerCase(Locale.ROOT);
        visible.setAll(all.stream().filter(e -> text.isEmpty() || e.label().toLowerCase(Locale.ROOT).contains(text)
                || e.description().toLowerCase(Locale.ROOT).contains(text)).toList());
    }
}
