package org.threatmesh.app.canvas;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import org.threatmesh.model.ElementId;

/**
 * The ids of the selected elements, in the order they were selected. Every change replaces or edits the set in
 * one step so listeners (inspector, skins) react once per user action.
 */
public final class SelectionModel {

    private final ObservableSet<ElementId> selected = FXCollections.observableSet(new LinkedHashSet<>());
    private final ObservableSet<ElementId> readOnly = FXCollections.unmodifiableObservableSet(selected);

    /** The selection; change it through the canvas view-model's intents. */
    public ObservableSet<ElementId> ids() {
        return readOnly;
    }

    public boolean contains(ElementId id) {
        return selected.contains(id);
    }

    public boolean isEmpty() {
        return selected.isEmpty();
    }

    /** A stable copy, in selection order. */
    public List<ElementId> snapshot() {
        return List.copyOf(selected);
    }

    void set(Collection<? extends ElementId> ids) {
        Set<ElementId> wanted = new LinkedHashSet<>(ids);
        if (wanted.equals(selected)) {
            return;
        }
        selected.retainAll(wanted);
        selected.addAll(wanted);
    }

    void toggle(ElementId id) {
        if (!selected.remove(id)) {
            selected.add(id);
        }
    }

    void add(Collection<? extends ElementId> ids) {
        selected.addAll(ids);
    }

    void retain(java.util.function.Predicate<ElementId> keep) {
        selected.removeIf(keep.negate());
    }
}
