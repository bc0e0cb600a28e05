package org.threatmesh.app.canvas;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import javafx.collections.SetChangeListener;
import org.threatmesh.app.editing.EditingSession;
import org.threatmesh.model.Bounds;
import org.threatmesh.model.EdgeId;
import org.threatmesh.model.ElementId;
import org.threatmesh.model.NodeId;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.ZoneId;
import org.threatmesh.model.edit.Command;
import org.threatmesh.model.edit.DeleteElementsCommand;
import org.threatmesh.model.edit.RenameCommand;

/**
 * The diagram's view-model: element view-models by id (reconciled with every new snapshot), the selection, zoom
 * and pan, and the selection and deletion intents. Gestures that create, move, arrange or copy elements live in
 * the helper objects returned by {@link #moves()}, {@link #creation()}, {@link #arrange()} and
 * {@link #clipboard()}; each turns one user action into one command on the editing session.
 *
 * <p>Holds no controls; use it on the FX thread (or any single thread in tests).
 */
public final class CanvasViewModel {

    private final EditingSession session;
    private final ObservableMap<NodeId, NodeViewModel> nodes = FXCollections.observableMap(new TreeMap<>());
    private final ObservableMap<EdgeId, EdgeViewModel> edges = FXCollections.observableMap(new TreeMap<>());
    private final ObservableMap<ZoneId, ZoneViewModel> zones = FXCollections.observableMap(new TreeMap<>());
    // Unmodifiable views listen weakly to their maps; they are created once so skins' listeners stay registered.
    private final ObservableMap<NodeId, NodeViewModel> readOnlyNodes = FXCollections.unmodifiableObservableMap(nodes);
    private final ObservableMap<EdgeId, EdgeViewModel> readOnlyEdges = FXCollections.unmodifiableObservableMap(edges);
    private final ObservableMap<ZoneId, ZoneViewModel> readOnlyZones = FXCollections.unmodifiableObservableMap(zones);
    private final SelectionModel selection = new SelectionModel();
    private final ViewportModel viewport = new ViewportModel();
    private final BooleanProperty snapToGrid = new SimpleBooleanProperty(this, "snapToGrid", true);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ElementReconciler reconciler = new ElementReconciler(nodes, edges, zones);
    private final MoveGesture moves = new MoveGesture(this);
    private final CreationIntents creation = new CreationIntents(this);
    private final ArrangeIntents arrange = new ArrangeIntents(this);
    private final ClipboardIntents clipboard = new ClipboardIntents(this);

    public CanvasViewModel(EditingSession session) {
        this.session = session;
        reconciler.reconcile(session.current());
        session.modelProperty().addListener((obs, old, now) -> {
            boolean dragGoesOn = moves.survives(now);
            if (!dragGoesOn) {
                moves.cancel();
            }
            reconciler.reconcile(now);
            if (dragGoesOn) {
                moves.reapply();
            }
            selection.retain(now::contains);
            selection.ids().forEach(id -> markSelected(id, true));
        });
        selection.ids().addListener((SetChangeListener<ElementId>) change -> {
            if (change.wasRemoved()) {
                markSelected(change.getElementRemoved(), false);
            }
            if (change.wasAdded()) {
                markSelected(change.getElementAdded(), true);
            }
        });
        session.lastRefusalProperty().addListener((obs, old, now) -> {
            if (!now.isEmpty()) {
                message.set(now);
            }
        });
    }

    // ---- state ----

    public ObservableMap<NodeId, NodeViewModel> nodes() {
        return readOnlyNodes;
    }

    public ObservableMap<EdgeId, EdgeViewModel> edges() {
        return readOnlyEdges;
    }

    public ObservableMap<ZoneId, ZoneViewModel> zones() {
        return readOnlyZones;
    }

    public SelectionModel selection() {
        return selection;
    }

    public ViewportModel viewport() {
        return viewport;
    }

    /** Whether moved and created elements land on grid lines. */
    public BooleanProperty snapToGridProperty() {
        return snapToGrid;
    }

    /** The latest thing the user should read in the status bar, such as why a gesture was refused. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public MoveGesture moves() {
        return moves;
    }

    public CreationIntents creation() {
        return creation;
    }

    public ArrangeIntents arrange() {
        return arrange;
    }

    public ClipboardIntents clipboard() {
        return clipboard;
    }

    // ---- selection intents ----

    /** Click: selects only {@code id}. */
    public void select(ElementId id) {
        selection.set(List.of(id));
    }

    /** Ctrl/Cmd-click: adds or removes {@code id}. */
    public void toggleSelection(ElementId id) {
        selection.toggle(id);
    }

    /** Selects exactly {@code ids} (existing elements only). */
    public void selectAll(Collection<? extends ElementId> ids) {
        ThreatModel model = session.current();
        selection.set(ids.stream().filter(model::contains).toList());
    }

    /** Ctrl+A: every node, zone and call. */
    public void selectEverything() {
        List<ElementId> all = new ArrayList<>(zones.keySet());
        all.addAll(nodes.keySet());
        all.addAll(edges.keySet());
        selection.set(all);
    }

    public void clearSelection() {
        selection.set(List.of());
    }

    /**
     * Rubber band: selects the nodes and zones lying fully inside {@code area} and the calls between selected
     * nodes; {@code additive} keeps the current selection (Shift or Ctrl held).
     */
    public void selectInArea(Bounds area, boolean additive) {
        List<ElementId> hit = new ArrayList<>();
        for (ZoneViewModel zone : zones.values()) {
            if (DiagramGeometry.encloses(area, zone.bounds())) {
                hit.add(zone.id());
            }
        }
        List<NodeId> hitNodes = new ArrayList<>();
        for (NodeViewModel node : nodes.values()) {
            if (DiagramGeometry.encloses(area, new Bounds(node.x(), node.y(), NodeViewModel.WIDTH,
                    NodeViewModel.HEIGHT))) {
                hitNodes.add(node.id());
            }
        }
        hit.addAll(hitNodes);
        for (EdgeViewModel edge : edges.values()) {
            if (hitNodes.contains(edge.source().id()) && hitNodes.contains(edge.target().id())) {
                hit.add(edge.id());
            }
        }
        if (additive) {
            selection.add(hit);
        } else {
            selection.set(hit);
        }
    }

    // ---- editing intents ----

    /** Delete: removes the selection; a node's calls go in the same undo step. */
    public void deleteSelection() {
        if (!selection.isEmpty()) {
            execute(new DeleteElementsCommand(selection.ids()));
        }
    }

    /**
     * Renames an element in place. Refused (with a message) when the name is not allowed, for example blank for
     * a node or zone.
     */
    public void rename(ElementId id, String newName) {
        ThreatModel model = session.current();
        if (!model.contains(id) || currentName(model, id).equals(newName)) {
            return;
        }
        execute(new RenameCommand(id, newName.strip()));
    }

    /** The element's own name as the model stores it (an edge's may be empty). */
    public String currentName(ThreatModel model, ElementId id) {
        if (id instanceof EdgeId edge) {
            return model.edge(edge).map(e -> e.name()).orElse("");
        }
        return model.nameOf(id);
    }

    /** The smallest rectangle around the selected nodes and zones (and the endpoints of selected calls). */
    public Optional<Bounds> selectionBounds() {
        ThreatModel model = session.current();
        List<ElementId> boxes = new ArrayList<>();
        for (ElementId id : selection.ids()) {
            if (id instanceof EdgeId edge) {
                model.edge(edge).ifPresent(e -> {
                    boxes.add(e.from());
                    boxes.add(e.to());
                });
            } else {
                boxes.add(id);
            }
        }
        return DiagramGeometry.union(model, boxes);
    }

    /** Zoom to fit: shows the whole diagram. */
    public void zoomToFit() {
        viewport.fit(DiagramGeometry.contentBounds(session.current()).orElse(new Bounds(0, 0, 400, 300)), 40);
    }

    /** Zoom to selection: shows the selection as large as fits; zooms to fit when nothing is selected. */
    public void zoomToSelection() {
        Optional<Bounds> bounds = selectionBounds();
        if (bounds.isEmpty()) {
            zoomToFit();
            return;
        }
        Bounds b = bounds.get();
        viewport.fit(b, 80);
    }

    // ---- shared with the intent helpers ----

    EditingSession session() {
        return session;
    }

    ThreatModel model() {
        return session.current();
    }

    boolean execute(Command command) {
        boolean changed = session.execute(command);
        if (changed) {
            message.set(command.description());
        }
        return changed;
    }

    void say(String text) {
        message.set(text);
    }

    /** Shows {@code text} in the status bar; used by intents that live outside this package. */
    public void report(String text) {
        message.set(text);
    }

    boolean snapping() {
        return snapToGrid.get();
    }

    NodeViewModel nodeVm(NodeId id) {
        return nodes.get(id);
    }

    ZoneViewModel zoneVm(ZoneId id) {
        return zones.get(id);
    }

    void selectExactly(Collection<? extends ElementId> ids) {
        selection.set(ids);
    }

    private void markSelected(ElementId id, boolean value) {
        if (id instanceof NodeId node && nodes.containsKey(node)) {
            nodes.get(node).setSelected(value);
        } else if (id instanceof EdgeId edge && edges.containsKey(edge)) {
            edges.get(edge).setSelected(value);
        } else if (id instanceof ZoneId zone && zones.containsKey(zone)) {
            zones.get(zone).setSelected(value);
        }
    }
}
