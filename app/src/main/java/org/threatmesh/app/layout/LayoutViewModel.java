package org.threatmesh.app.layout;

import java.util.HashSet;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.threatmesh.app.canvas.CanvasViewModel;
import org.threatmesh.app.editing.EditingSession;
import org.threatmesh.app.ui.UiExecutors;
import org.threatmesh.model.ElementId;
import org.threatmesh.model.NodeId;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.ZoneId;

/**
 * The Arrange > Auto-layout intents. "Auto-layout" arranges the selection (zones with their contents) and keeps
 * every other manual position; with nothing selected it places only the elements that have no position.
 * "Re-layout all" arranges the whole diagram. Layout runs in the background; the result is applied as one undo
 * step only if the model did not change meanwhile.
 */
public final class LayoutViewModel {

    private final EditingSession session;
    private final CanvasViewModel canvas;
    private final UiExecutors executors;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");

    public LayoutViewModel(EditingSession session, CanvasViewModel canvas, UiExecutors executors) {
        this.session = session;
        this.canvas = canvas;
        this.executors = executors;
    }

    /** True while a layout is being computed. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Lays out the selection, or the unplaced elements when nothing is selected. */
    public void autoLayout() {
        ThreatModel model = session.current();
        Set<ElementId> scope = new HashSet<>();
        for (ElementId id : canvas.selection().ids()) {
            if (id instanceof ZoneId zone) {
                scope.addAll(org.threatmesh.app.canvas.DiagramGeometry.zoneAndDescendants(model, zone));
                scope.addAll(org.threatmesh.app.canvas.DiagramGeometry.nodesIn(model,
                        org.threatmesh.app.canvas.DiagramGeometry.zoneAndDescendants(model, zone)));
            } else if (id instanceof NodeId) {
                scope.add(id);
            }
        }
        if (scope.isEmpty()) {
            model.nodes().keySet().stream().filter(id -> model.layout().node(id).isEmpty()).forEach(scope::add);
            model.zones().keySet().stream().filter(id -> model.layout().zone(id).isEmpty()).forEach(scope::add);
        }
        if (scope.isEmpty()) {
            canvas.report("Select what to lay out, or use Re-layout all");
            return;
        }
        run(model, scope, "Auto-layout " + scope.size() + (scope.size() == 1 ? " element" : " elements"));
    }

    /** Lays out every node and zone. */
    public void relayoutAll() {
        ThreatModel model = session.current();
        Set<ElementId> scope = new HashSet<>(model.nodes().keySet());
        scope.addAll(model.zones().keySet());
        run(model, scope, "Re-layout all");
    }

    private void run(ThreatModel model, Set<ElementId> scope, String description) {
        running.set(true);
        canvas.report("Laying out " + scope.size() + " elements…");
        executors.background().execute(() -> {
            var result = AutoLayout.layout(model, scope, description);
            executors.ui().execute(() -> {
                running.set(false);
                if (session.current() != model) {
                    canvas.report("The model changed while laying out; layout not applied");
                    return;
                }
                result.ifPresent(session::execute);
                canvas.report(description);
            });
        });
    }
}
