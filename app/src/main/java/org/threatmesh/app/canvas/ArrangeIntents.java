package org.threatmesh.app.canvas;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.threatmesh.model.Bounds;
import org.threatmesh.model.ElementId;
import org.threatmesh.model.NodeId;
import org.threatmesh.model.Point;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.ZoneId;
import org.threatmesh.model.edit.MoveElementsCommand;

/**
 * Align and distribute the selected nodes and zones, as one undo step each. A zone that moves takes its contents
 * along, like a drag does.
 */
public final class ArrangeIntents {

    /** Which edge or centre line to line the selection up on. */
    public enum Alignment {
        LEFT("Align left"), CENTER("Align centres"), RIGHT("Align right"),
        TOP("Align top"), MIDDLE("Align middles"), BOTTOM("Align bottom");

        private final String label;

        Alignment(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The direction along which to space the selection evenly. */
    public enum Axis {
        HORIZONTAL("Distribute horizontally"), VERTICAL("Distribute vertically");

        private final String label;

        Axis(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private record Box(ElementId id, Bounds bounds) {
    }

    private final CanvasViewModel canvas;

    ArrangeIntents(CanvasViewModel canvas) {
        this.canvas = canvas;
    }

    /** Lines up two or more selected boxes on the selection's edge or centre line. */
    public void align(Alignment alignment) {
        List<Box> boxes = selectedBoxes();
        if (boxes.size() < 2) {
            canvas.say("Select two or more nodes or zones to align");
            return;
        }
        Bounds all = DiagramGeometry.union(canvas.model(), boxes.stream().map(Box::id).toList()).orElseThrow();
        Map<ElementId, double[]> shifts = new HashMap<>();
        for (Box box : boxes) {
            Bounds b = box.bounds();
            double dx = switch (alignment) {
                case LEFT -> all.x() - b.x();
                case CENTER -> all.x() + all.width() / 2 - (b.x() + b.width() / 2);
                case RIGHT -> all.maxX() - b.maxX();
                default -> 0;
            };
            double dy = switch (alignment) {
                case TOP -> all.y() - b.y();
                case MIDDLE -> all.y() + all.height() / 2 - (b.y() + b.height() / 2);
                case BOTTOM -> all.maxY() - b.maxY();
                default -> 0;
            };
            shifts.put(box.id(), new double[] {dx, dy});
        }
        apply(shifts, alignment.label());
    }

    /** Spaces three or more selected boxes so the gaps between neighbours are equal. */
    public void distribute(Axis axis) {
        List<Box> boxes = selectedBoxes();
        if (boxes.size() < 3) {
            canvas.say("Select three or more nodes or zones to distribute");
            return;
        }
        boolean horizontal = axis == Axis.HORIZONTAL;
        boxes.sort(Comparator.comparingDouble(b -> horizontal ? b.bounds().x() : b.bounds().y()));
        double start = horizontal ? boxes.get(0).bounds().x() : boxes.get(0).bounds().y();
        Bounds lastBox = boxes.get(boxes.size() - 1).bounds();
        double end = horizontal ? lastBox.maxX() : lastBox.maxY();
        double occupied = boxes.stream().mapToDouble(b -> horizontal ? b.bounds().width() : b.bounds().height()).sum();
        double gap = (end - start - occupied) / (boxes.size() - 1);
        Map<ElementId, double[]> shifts = new HashMap<>();
        double cursor = start;
        for (Box box : boxes) {
            double current = horizontal ? box.bounds().x() : box.bounds().y();
            shifts.put(box.id(), horizontal ? new double[] {cursor - current, 0} : new double[] {0, cursor - current});
            cursor += (horizontal ? box.bounds().width() : box.bounds().height()) + gap;
        }
        apply(shifts, axis.label());
    }

    private List<Box> selectedBoxes() {
        ThreatModel model = canvas.model();
        List<Box> boxes = new ArrayList<>();
        for (ElementId id : canvas.selection().ids()) {
            Optional<Bounds> bounds = DiagramGeometry.boundsOf(model, id);
            bounds.ifPresent(b -> boxes.add(new Box(id, b)));
        }
        return boxes;
    }

    private void apply(Map<ElementId, double[]> shifts, String description) {
        ThreatModel model = canvas.model();
        Map<NodeId, Point> nodes = new HashMap<>();
        Map<ZoneId, Bounds> zones = new HashMap<>();
        shifts.forEach((id, d) -> {
            if (d[0] == 0 && d[1] == 0) {
                return;
            }
            for (ElementId moved : MoveGesture.withContents(model, java.util.Set.of(id))) {
                if (moved instanceof NodeId node && (moved.equals(id) || !shifts.containsKey(moved))) {
                    Bounds b = DiagramGeometry.nodeBounds(model, node);
                    nodes.put(node, new Point(b.x() + d[0], b.y() + d[1]));
                } else if (moved instanceof ZoneId zone && (moved.equals(id) || !shifts.containsKey(moved))) {
                    DiagramGeometry.zoneBounds(model, zone).ifPresent(b -> zones.put(zone, b.moved(d[0], d[1])));
                }
            }
        });
        if (!nodes.isEmpty() || !zones.isEmpty()) {
            canvas.execute(new MoveElementsCommand(nodes, zones, description, ""));
        }
    }
}
