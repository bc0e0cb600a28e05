package org.threatmesh.app.canvas;

import javafx.beans.InvalidationListener;
import javafx.css.PseudoClass;
import javafx.scene.Group;
import javafx.scene.Parent;
import javafx.scene.shape.Line;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.text.Text;
import org.threatmesh.model.Bounds;
import org.threatmesh.model.ElementId;

/**
 * A call: a straight line from the caller's box to the callee's box with an arrowhead at the callee and the
 * label at the middle. It follows the endpoint nodes' displayed positions, so it tracks drag previews too. A wide
 * transparent line under the visible one makes it easy to click. JavaFX id {@code edge-<id>}.
 */
public final class EdgeSkin implements ElementSkin {

    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    /** Calls in opposite directions between the same two nodes are drawn this far apart. */
    private static final double SIDE_OFFSET = 5;
    private static final double ARROW_LENGTH = 11;
    private static final double ARROW_HALF_WIDTH = 5;

    private final EdgeViewModel vm;
    private final Group root = new Group();
    private final Line hit = new Line();
    // Line and arrowhead are one path (the line's zero area takes no fill): one scene-graph node fewer per call,
    // and each pulse walks every node of the thousands of calls in view.
    private final Path stroke = new Path();
    private final MoveTo lineStart = new MoveTo();
    private final LineTo lineEnd = new LineTo();
    private final MoveTo tip = new MoveTo();
    private final LineTo barbLeft = new LineTo();
    private final LineTo barbRight = new LineTo();
    private boolean arrowShown = true;
    private final Text label = new Text();
    private final InvalidationListener geometryListener = obs -> layoutGeometry();
    private final InvalidationListener selectionListener;
    private final InvalidationListener labelListener;
    private final javafx.beans.value.ChangeListener<String> accentListener = (obs, old, now) -> accent(old, now);

    public EdgeSkin(EdgeViewModel vm) {
        this.vm = vm;
        root.setId(SkinFactory.fxId("edge", vm.id().value()));
        root.getStyleClass().add("edge-skin");
        root.getProperties().put(SKIN_KEY, this);
        hit.getStyleClass().add("edge-hit");
        stroke.getStyleClass().add("edge-line");
        stroke.setMouseTransparent(true);
        stroke.getElements().setAll(lineStart, lineEnd, tip, barbLeft, barbRight, new ClosePath());
        label.getStyleClass().add("edge-label");
        label.setMouseTransparent(true);
        root.getChildren().addAll(hit, stroke, label);
        selectionListener = obs -> root.pseudoClassStateChanged(SELECTED, vm.isSelected());
        labelListener = obs -> {
            label.setText(SkinFactory.truncate(vm.labelProperty().get(), 28));
            layoutGeometry();
        };
    }

    @Override
    public ElementId elementId() {
        return vm.id();
    }

    public EdgeViewModel viewModel() {
        return vm;
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void attach() {
        vm.source().xProperty().addListener(geometryListener);
        vm.source().yProperty().addListener(geometryListener);
        vm.target().xProperty().addListener(geometryListener);
        vm.target().yProperty().addListener(geometryListener);
        vm.selectedProperty().addListener(selectionListener);
        vm.labelProperty().addListener(labelListener);
        vm.accentProperty().addListener(accentListener);
        accent(null, vm.accentProperty().get());
        selectionListener.invalidated(null);
        labelListener.invalidated(null);
    }

    @Override
    public void detach() {
        vm.source().xProperty().removeListener(geometryListener);
        vm.source().yProperty().removeListener(geometryListener);
        vm.target().xProperty().removeListener(geometryListener);
        vm.target().yProperty().removeListener(geometryListener);
        vm.selectedProperty().removeListener(selectionListener);
        vm.labelProperty().removeListener(labelListener);
        vm.accentProperty().removeListener(accentListener);
    }

    private void accent(String old, String now) {
        if (old != null) {
            root.pseudoClassStateChanged(PseudoClass.getPseudoClass(old), false);
        }
        if (now != null) {
            root.pseudoClassStateChanged(PseudoClass.getPseudoClass(now), true);
        }
    }

    /**
     * Whether the call's line crosses the rectangle. A bounding-box test is not enough: in a large model most
     * calls are long diagonals whose boxes cover the view while the lines themselves do not.
     */
    @Override
    public boolean overlaps(double minX, double minY, double maxX, double maxY) {
        return segmentCrosses(vm.source().centerX(), vm.source().centerY(), vm.target().centerX(),
                vm.target().centerY(), minX, minY, maxX, maxY);
    }

    /** Liang–Barsky clipping: whether segment (x1,y1)–(x2,y2) has a point inside the rectangle. */
    public static boolean segmentCrosses(double x1, double y1, double x2, double y2, double minX, double minY,
            double maxX, double maxY) {
        double dx = x2 - x1;
        double dy = y2 - y1;
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {x1 - minX, maxX - x1, y1 - minY, maxY - y1};
        double t0 = 0;
        double t1 = 1;
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] < 0) {
                    return false;
                }
            } else {
                double t = q[i] / p[i];
                if (p[i] < 0) {
                    t0 = Math.max(t0, t);
                } else {
                    t1 = Math.min(t1, t);
                }
                if (t0 > t1) {
                    return false;
                }
            }
        }
        return true;
    }

    @Override
    public Bounds diagramBounds() {
        double x1 = Math.min(vm.source().x(), vm.target().x());
        double y1 = Math.min(vm.source().y(), vm.target().y());
        double x2 = Math.max(vm.source().x(), vm.target().x()) + NodeViewModel.WIDTH;
        double y2 = Math.max(vm.source().y(), vm.target().y()) + NodeViewModel.HEIGHT;
        return new Bounds(x1, y1, x2 - x1, y2 - y1);
    }

    @Override
    public void setInteracting(boolean interacting) {
        stroke.setSmooth(!interacting);
        label.setOpacity(interacting ? 0 : 1);
    }

    @Override
    public boolean isDetailedShown() {
        return label.isVisible();
    }

    @Override
    public void setDetailed(boolean detailed) {
        label.setVisible(detailed);
        if (detailed != arrowShown) {
            arrowShown = detailed;
            stroke.getElements().remove(2, stroke.getElements().size());
            if (detailed) {
                stroke.getElements().addAll(tip, barbLeft, barbRight, new ClosePath());
            }
        }
    }

    private void layoutGeometry() {
        double sx = vm.source().centerX();
        double sy = vm.source().centerY();
        double tx = vm.target().centerX();
        double ty = vm.target().centerY();
        double length = Math.hypot(tx - sx, ty - sy);
        if (length < 1) {
            return;
        }
        double ux = (tx - sx) / length;
        double uy = (ty - sy) / length;
        double ox = -uy * SIDE_OFFSET;
        double oy = ux * SIDE_OFFSET;
        double[] start = boxExit(sx + ox, sy + oy, ux, uy);
        double[] end = boxExit(tx + ox, ty + oy, -ux, -uy);
        hit.setStartX(start[0]);
        hit.setStartY(start[1]);
        hit.setEndX(end[0]);
        hit.setEndY(end[1]);
        lineStart.setX(start[0]);
        lineStart.setY(start[1]);
        lineEnd.setX(end[0] - ux * ARROW_LENGTH * 0.6);
        lineEnd.setY(end[1] - uy * ARROW_LENGTH * 0.6);
        double bx = end[0] - ux * ARROW_LENGTH;
        double by = end[1] - uy * ARROW_LENGTH;
        tip.setX(end[0]);
        tip.setY(end[1]);
        barbLeft.setX(bx - uy * ARROW_HALF_WIDTH);
        barbLeft.setY(by + ux * ARROW_HALF_WIDTH);
        barbRight.setX(bx + uy * ARROW_HALF_WIDTH);
        barbRight.setY(by - ux * ARROW_HALF_WIDTH);
        double width = label.getLayoutBounds().getWidth();
        label.setLayoutX((start[0] + end[0]) / 2 - width / 2 + ox);
        label.setLayoutY((start[1] + end[1]) / 2 - 4 + oy);
    }

    /** Where a ray from a node centre in direction (ux, uy) leaves the node's box (with a 2-unit gap). */
    private static double[] boxExit(double cx, double cy, double ux, double uy) {
        double halfW = NodeViewModel.WIDTH / 2 + 2;
        double halfH = NodeViewModel.HEIGHT / 2 + 2;
        double t = Math.min(ux == 0 ? Double.MAX_VALUE : halfW / Math.abs(ux),
                uy == 0 ? Double.MAX_VALUE : halfH / Math.abs(uy));
        return new double[] {cx + ux * t, cy + uy * t};
    }
}
