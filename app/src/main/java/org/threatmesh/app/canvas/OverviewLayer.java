package org.threatmesh.app.canvas;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.InvalidationListener;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import org.threatmesh.model.ElementId;

/**
 * The far-out drawing of a large diagram: every call as one segment of a single path, every node as one rectangle
 * of another, and selected nodes in a third. Rebuilt only when the model, the selection or a previewed position
 * changed; line widths are kept constant on screen whatever the zoom.
 */
final class OverviewLayer extends Group {

    private final CanvasViewModel vm;
    private final Path edges = new Path();
    /**
     * Calls with a node that moved since the paths were last rebuilt from scratch: during a drag only these are
     * rebuilt on every pulse, the thousands of others stay as they are.
     */
    private final Path movingEdges = new Path();
    private final java.util.Set<NodeViewModel> moving = new java.util.HashSet<>();
    private final StillCalls stillCalls = new StillCalls();
    private boolean movedSinceShown;
    /** Whether the last {@link #show} drew the still calls as one bitmap because nodes are being dragged. */
    private boolean draggingNodes;
    /** Whether the last {@link #show} drew the still calls' bitmap afresh. */
    private boolean stillCallsRedrawn;
    /** Node boxes are drawn only far out; while closer, rebuilding them would be wasted work. */
    private boolean boxesStale = true;
    private final Path nodes = new Path();
    private final Path selected = new Path();
    private final Map<NodeViewModel, InvalidationListener> watched = new HashMap<>();
    private boolean dirty = true;

    OverviewLayer(CanvasViewModel vm) {
        this.vm = vm;
        setId("overview");
        setMouseTransparent(true);
        edges.getStyleClass().add("overview-edges");
        movingEdges.getStyleClass().add("overview-edges");
        nodes.getStyleClass().add("overview-nodes");
        selected.getStyleClass().add("overview-selected");
        // Without anti-aliasing the rasteriser samples each pixel once instead of per sub-pixel row, which is what
        // thousands of crossing lines cost most; at this zoom the difference is invisible.
        edges.setSmooth(false);
        movingEdges.setSmooth(false);
        nodes.setSmooth(false);
        getChildren().addAll(stillCalls.node(), edges, movingEdges, nodes, selected);
        setVisible(false);
    }

    /** Redraws on the next {@link #show} after {@code node} is previewed somewhere else. */
    void watch(NodeViewModel node, Runnable onChange) {
        InvalidationListener listener = obs -> {
            // Reading the position re-arms the listener: an invalidation listener hears a property again only after
            // someone read it, and a node dragged outside the view has no skin that would.
            node.x();
            node.y();
            if (moving.add(node)) {
                dirty = true;
            }
            movedSinceShown = true;
            onChange.run();
        };
        node.xProperty().addListener(listener);
        node.yProperty().addListener(listener);
        watched.put(node, listener);
    }

    void unwatch(NodeViewModel node) {
        if (moving.remove(node)) {
            dirty = true;
        }
        InvalidationListener listener = watched.remove(node);
        if (listener != null) {
            node.xProperty().removeListener(listener);
            node.yProperty().removeListener(listener);
        }
    }

    void markDirty() {
        dirty = true;
    }

    /**
     * @param overview    far out: nodes and calls as paths
     * @param callsOnly   while the view moves: calls as one path, nodes stay skins
     */
    void show(boolean overview, boolean callsOnly, double scale, org.threatmesh.model.Bounds visible) {
        draggingNodes = false;
        stillCallsRedrawn = false;
        setVisible(overview || callsOnly);
        nodes.setVisible(overview);
        selected.setVisible(overview);
        if (!overview && !callsOnly) {
            return;
        }
        double width = 1.2 / scale;
        // A new stroke width makes JavaFX recompute the bounds of thousands of segments; while zooming, a width
        // within 5 % of the wanted one looks the same.
        if (Math.abs(edges.getStrokeWidth() - width) > 0.05 * width) {
            edges.setStrokeWidth(width);
            movingEdges.setStrokeWidth(width);
            nodes.setStrokeWidth(width);
            selected.setStrokeWidth(2 * width);
        }
        if (!vm.moves().isActive() && !moving.isEmpty()) {
            // The drag (or a move from an edit) is over: every call is still again.
            moving.clear();
            dirty = true;
        }
        boolean rebuildAll = dirty;
        if (rebuildAll) {
            dirty = false;
            edges.getElements().setAll(calls(false));
            stillCalls.invalidate();
        }
        // Nodes being dragged: the view stands still, so the unmoved calls can stay one bitmap.
        boolean dragging = callsOnly && !overview && !moving.isEmpty();
        draggingNodes = dragging;
        stillCallsRedrawn = dragging
                && stillCalls.show(vm.edges().values(), call -> !touchesMoving(call), visible, scale, edges.getStroke());
        if (!dragging) {
            stillCalls.hide();
        }
        edges.setVisible(!dragging);
        if (rebuildAll || movedSinceShown) {
            movedSinceShown = false;
            movingEdges.getElements().setAll(calls(true));
            boxesStale = true;
        }
        if (overview && boxesStale) {
            boxesStale = false;
            List<PathElement> boxes = new java.util.ArrayList<>(vm.nodes().size() * 5);
            List<PathElement> chosen = new java.util.ArrayList<>();
            for (NodeViewModel node : vm.nodes().values()) {
                List<PathElement> target = node.isSelected() ? chosen : boxes;
                rectangle(target, node.x(), node.y());
            }
            nodes.getElements().setAll(boxes);
            selected.getElements().setAll(chosen);
        }
    }

    /** Whether the last {@link #show} was for dragged nodes, with the unmoved calls as one bitmap. */
    boolean isDraggingNodes() {
        return draggingNodes;
    }

    /** Whether the last {@link #show} drew the unmoved calls' bitmap afresh (which calls are unmoved changed). */
    boolean stillCallsRedrawn() {
        return stillCallsRedrawn;
    }

    /** Whether {@code node} moved in the drag in progress, so its calls are drawn live rather than in the bitmap. */
    boolean isMoving(NodeViewModel node) {
        return moving.contains(node);
    }

    /** The bitmap of the calls that stay put during a drag. */
    Node stillCallsNode() {
        return stillCalls.node();
    }

    /** The path of the calls of nodes being dragged. */
    Node movingCallsNode() {
        return movingEdges;
    }

    private boolean touchesMoving(EdgeViewModel call) {
        return moving.contains(call.source()) || moving.contains(call.target());
    }

    /** The segments of the calls that touch a moving node ({@code touchingMoving}) or of all the others. */
    private List<PathElement> calls(boolean touchingMoving) {
        List<PathElement> lines = new java.util.ArrayList<>(touchingMoving ? moving.size() * 8 : vm.edges().size() * 2);
        if (touchingMoving && moving.isEmpty()) {
            return lines;
        }
        for (EdgeViewModel edge : vm.edges().values()) {
            if (touchesMoving(edge) == touchingMoving) {
                lines.add(new MoveTo(edge.source().centerX(), edge.source().centerY()));
                lines.add(new LineTo(edge.target().centerX(), edge.target().centerY()));
            }
        }
        return lines;
    }

    private static void rectangle(List<PathElement> into, double x, double y) {
        into.add(new MoveTo(x, y));
        into.add(new LineTo(x + NodeViewModel.WIDTH, y));
        into.add(new LineTo(x + NodeViewModel.WIDTH, y + NodeViewModel.HEIGHT));
        into.add(new LineTo(x, y + NodeViewModel.HEIGHT));
        into.add(new ClosePath());
    }

    /** The node whose box contains the diagram point, for clicks while the overview is shown. */
    ElementId nodeAt(double x, double y) {
        ElementId found = null;
        for (NodeViewModel node : vm.nodes().values()) {
            if (x >= node.x() && x <= node.x() + NodeViewModel.WIDTH && y >= node.y()
                    && y <= node.y() + NodeViewModel.HEIGHT) {
                found = node.id();
            }
        }
        return found;
    }
}
