package org.threatmesh.app.canvas;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.threatmesh.model.Bounds;
import org.threatmesh.model.ElementId;
import org.threatmesh.model.NodeId;
import org.threatmesh.model.Point;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.ZoneId;
import org.threatmesh.model.edit.Command;
import org.threatmesh.model.edit.CompositeCommand;
import org.threatmesh.model.edit.MoveElementsCommand;

/**
 * Moving and resizing: a drag previews on the element view-models and commits as one command (one undo step)
 * on release; arrow-key nudges of one selection merge into one step. Zones carry their contents, and elements
 * dropped into (or out of) a zone join the zone they land in, in the same step.
 */
public final class MoveGesture {

    private final CanvasViewModel canvas;
    private Map<NodeId, Point> nodeStarts = Map.of();
    private Map<ZoneId, Bounds> zoneStarts = Map.of();
    private Set<ElementId> carried = Set.of();
    private Point anchor;
    private double dx;
    private double dy;
    private ZoneId resizing;
    private Bounds resizeBounds;

    MoveGesture(CanvasViewModel canvas) {
        this.canvas = canvas;
    }

    /** Whether a drag is being previewed. */
    public boolean isActive() {
        return anchor != null || resizing != null;
    }

    /**
     * Whether a drag of nodes alone is being previewed: no zone moves or changes size, so everything but the
     * dragged nodes and their calls stands still.
     */
    boolean movesNodesOnly() {
        return anchor != null && zoneStarts.isEmpty();
    }

    /**
     * Starts dragging the selection, which must contain {@code grabbed}; selected zones bring everything nested
     * in them.
     */
    public void begin(ElementId grabbed) {
        ThreatModel model = canvas.model();
        Set<ElementId> moving = new HashSet<>(canvas.selection().ids());
        moving.add(grabbed);
        Set<ElementId> withContents = withContents(model, moving);
        nodeStarts = new LinkedHashMap<>();
        zoneStarts = new LinkedHashMap<>();
        for (ElementId id : withContents) {
            if (id instanceof NodeId node && canvas.nodeVm(node) != null) {
                nodeStarts.put(node, canvas.nodeVm(node).modelPosition());
            } else if (id instanceof ZoneId zone && canvas.zoneVm(zone) != null) {
                zoneStarts.put(zone, canvas.zoneVm(zone).modelBounds());
            }
        }
        carried = new HashSet<>(withContents);
        carried.removeAll(moving);
        anchor = grabbed instanceof NodeId node && nodeStarts.containsKey(node) ? nodeStarts.get(node)
                : grabbed instanceof ZoneId zone && zoneStarts.containsKey(zone)
                ? new Point(zoneStarts.get(zone).x(), zoneStarts.get(zone).y()) : new Point(0, 0);
        dx = 0;
        dy = 0;
    }

    /** Shows the dragged elements displaced by ({@code rawDx}, {@code rawDy}), snapped when the grid snaps. */
    public void preview(double rawDx, double rawDy) {
        if (anchor == null) {
            return;
        }
        dx = canvas.snapping() ? DiagramGeometry.snap(anchor.x() + rawDx) - anchor.x() : rawDx;
        dy = canvas.snapping() ? DiagramGeometry.snap(anchor.y() + rawDy) - anchor.y() : rawDy;
        nodeStarts.keySet().forEach(id -> canvas.nodeVm(id).preview(dx, dy));
        zoneStarts.forEach((id, start) -> canvas.zoneVm(id).preview(start.moved(dx, dy)));
    }

    /** Release: one command moves everything previewed and updates zone membership. */
    public void commit() {
        if (anchor == null) {
            return;
        }
        double finalDx = dx;
        double finalDy = dy;
        Map<NodeId, Point> nodes = new HashMap<>();
        nodeStarts.forEach((id, start) -> nodes.put(id, start.plus(finalDx, finalDy)));
        Map<ZoneId, Bounds> zones = new HashMap<>();
        zoneStarts.forEach((id, start) -> zones.put(id, start.moved(finalDx, finalDy)));
        Set<ElementId> leaders = new HashSet<>(nodes.keySet());
        leaders.addAll(zones.keySet());
        leaders.removeAll(carried);
        cancel();
        if (finalDx == 0 && finalDy == 0) {
            return;
        }
        canvas.execute(withMembership(MoveElementsCommand.move(nodes, zones), leaders));
    }

    /**
     * Whether the drag in progress can go on over {@code model}: every element it moves is still there, where the
     * drag found it. An edit elsewhere (the inspector committing as the user starts to drag, a background change)
     * must not drop the gesture; an undo of a move or a deletion of a moved element must.
     */
    boolean survives(ThreatModel model) {
        if (anchor == null) {
            return false;
        }
        for (Map.Entry<NodeId, Point> start : nodeStarts.entrySet()) {
            if (!start.getValue().equals(model.layout().nodes().get(start.getKey()))) {
                return false;
            }
        }
        for (Map.Entry<ZoneId, Bounds> start : zoneStarts.entrySet()) {
            if (!DiagramGeometry.zoneBounds(model, start.getKey()).map(start.getValue()::equals).orElse(false)) {
                return false;
            }
        }
        return true;
    }

    /** Shows the current preview again, after the canvas reconciled its view-models with a new snapshot. */
    void reapply() {
        if (anchor != null) {
            nodeStarts.keySet().forEach(id -> canvas.nodeVm(id).preview(dx, dy));
            zoneStarts.forEach((id, start) -> canvas.zoneVm(id).preview(start.moved(dx, dy)));
        }
    }

    /** Escape, or the model changed under the drag: shows everything where the model has it. */
    public void cancel() {
        if (anchor != null) {
            nodeStarts.keySet().forEach(id -> {
                if (canvas.nodeVm(id) != null) {
                    canvas.nodeVm(id).preview(0, 0);
                }
            });
            zoneStarts.forEach((id, start) -> {
                if (canvas.zoneVm(id) != null) {
                    canvas.zoneVm(id).preview(start);
                }
            });
        }
        if (resizing != null && canvas.zoneVm(resizing) != null) {
            canvas.zoneVm(resizing).preview(canvas.zoneVm(resizing).modelBounds());
        }
        anchor = null;
        resizing = null;
        nodeStarts = Map.of();
        zoneStarts = Map.of();
    }

    /** Arrow keys: moves the selection by a fixed step; successive nudges merge into one undo step. */
    public void nudge(double stepX, double stepY) {
        ThreatModel model = canvas.model();
        Set<ElementId> selected = new HashSet<>(canvas.selection().ids());
        Set<ElementId> all = withContents(model, selected);
        Map<NodeId, Point> nodes = new HashMap<>();
        Map<ZoneId, Bounds> zones = new HashMap<>();
        for (ElementId id : all) {
            if (id instanceof NodeId node && model.nodes().containsKey(node)) {
                nodes.put(node, canvas.nodeVm(node).modelPosition().plus(stepX, stepY));
            } else if (id instanceof ZoneId zone) {
                DiagramGeometry.zoneBounds(model, zone).ifPresent(b -> zones.put(zone, b.moved(stepX, stepY)));
            }
        }
        if (nodes.isEmpty() && zones.isEmpty()) {
            return;
        }
        List<String> key = new ArrayList<>();
        selected.stream().map(ElementId::value).sorted().forEach(key::add);
        int count = nodes.size() + zones.size();
        canvas.execute(new MoveElementsCommand(nodes, zones, count == 1 ? "Nudge element" : "Nudge " + count
                + " elements", "nudge:" + String.join(",", key)));
    }

    /** Starts resizing {@code zone} from its handle. */
    public void beginResize(ZoneId zone) {
        cancel();
        if (canvas.zoneVm(zone) != null) {
            resizing = zone;
            resizeBounds = canvas.zoneVm(zone).modelBounds();
        }
    }

    /** Shows the zone with its bottom-right corner dragged by ({@code rawDx}, {@code rawDy}). */
    public void previewResize(double rawDx, double rawDy) {
        if (resizing == null) {
            return;
        }
        Bounds start = canvas.zoneVm(resizing).modelBounds();
        double right = start.maxX() + rawDx;
        double bottom = start.maxY() + rawDy;
        if (canvas.snapping()) {
            right = DiagramGeometry.snap(right);
            bottom = DiagramGeometry.snap(bottom);
        }
        resizeBounds = new Bounds(start.x(), start.y(), Math.max(80, right - start.x()),
                Math.max(60, bottom - start.y()));
        canvas.zoneVm(resizing).preview(resizeBounds);
    }

    /** Release of the resize handle: one command resizes and re-homes what now lies inside or outside. */
    public void commitResize() {
        if (resizing == null) {
            return;
        }
        ZoneId zone = resizing;
        Bounds bounds = resizeBounds;
        cancel();
        resize(zone, bounds);
    }

    /** Sets a zone's rectangle; nodes and zones it now covers join it, those left outside leave it. */
    public void resize(ZoneId zone, Bounds bounds) {
        ThreatModel model = canvas.model();
        if (!model.zones().containsKey(zone) || DiagramGeometry.zoneBounds(model, zone).filter(bounds::equals)
                .isPresent()) {
            return;
        }
        Command move = new MoveElementsCommand(Map.of(), Map.of(zone, bounds), "Resize zone \""
                + model.nameOf(zone) + "\"", "");
        ThreatModel after = move.apply(model);
        Set<ElementId> affected = new HashSet<>();
        Bounds old = DiagramGeometry.zoneBounds(model, zone).orElse(bounds);
        for (NodeId node : model.nodes().keySet()) {
            Point c = DiagramGeometry.center(DiagramGeometry.nodeBounds(after, node));
            if (old.contains(c) || bounds.contains(c)) {
                affected.add(node);
            }
        }
        for (ZoneId other : model.zones().keySet()) {
            Optional<Bounds> b = DiagramGeometry.zoneBounds(after, other);
            if (!other.equals(zone) && b.isPresent()
                    && (DiagramGeometry.intersects(old, b.get()) || DiagramGeometry.intersects(bounds, b.get()))) {
                affected.add(other);
            }
        }
        canvas.execute(Membership.update(move, model, after, affected));
    }

    private Command withMembership(MoveElementsCommand move, Set<ElementId> leaders) {
        ThreatModel model = canvas.model();
        ThreatModel after = move.apply(model);
        Command result = Membership.update(move, model, after, leaders);
        return result instanceof CompositeCommand composite
                ? new CompositeCommand(move.description(), composite.steps()) : result;
    }

    /** The elements plus every zone and node nested (at any depth) in the zones among them. */
    static Set<ElementId> withContents(ThreatModel model, Set<ElementId> elements) {
        Set<ElementId> result = new HashSet<>(elements);
        Set<ZoneId> zones = new HashSet<>();
        for (ElementId id : elements) {
            if (id instanceof ZoneId zone && model.zones().containsKey(zone)) {
                zones.addAll(DiagramGeometry.zoneAndDescendants(model, zone));
            }
        }
        result.addAll(zones);
        result.addAll(DiagramGeometry.nodesIn(model, zones));
        return result;
    }
}
