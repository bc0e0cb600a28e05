package org.threatmesh.app.canvas;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.threatmesh.model.Bounds;
import org.threatmesh.model.Point;

/**
 * An overview of the whole diagram in the canvas corner: zones and nodes as small shapes plus the visible area
 * as a frame. Clicking or dragging in it centres the view there. Drawn on a {@link Canvas} (one draw call per
 * element), never as scene-graph nodes.
 */
final class Minimap extends StackPane {

    private static final double WIDTH = 200;
    private static final double HEIGHT = 130;

    private final CanvasViewModel vm;
    private final Canvas canvas = new Canvas(WIDTH, HEIGHT);
    /** The visible area: a shape over the canvas, so a zoom or pan step moves it without redrawing every node. */
    private final Rectangle frame = new Rectangle();
    private Bounds world = new Bounds(0, 0, 1, 1);
    private double factor = 1;
    private long lastDraw;
    private boolean pending;
    private boolean contentPending;
    // Content bounds walk every element; they change only with the model snapshot, not with zoom or pan.
    private org.threatmesh.model.ThreatModel contentOf;
    private Bounds content;

    Minimap(CanvasViewModel vm) {
        this.vm = vm;
        setId("minimap");
        getStyleClass().add("minimap");
        frame.setManaged(false);
        frame.setMouseTransparent(true);
        frame.setFill(Color.TRANSPARENT);
        frame.setStroke(Color.web("#0969da"));
        frame.setStrokeWidth(1.5);
        Pane frameLayer = new Pane(frame);
        frameLayer.setMouseTransparent(true);
        // Laid out exactly over the canvas, so the frame uses the canvas's coordinates.
        frameLayer.setPrefSize(WIDTH, HEIGHT);
        frameLayer.setMaxSize(WIDTH, HEIGHT);
        Region backdrop = new Region();
        backdrop.getStyleClass().add("minimap-backdrop");
        backdrop.setCache(true);
        backdrop.setMouseTransparent(true);
        getChildren().addAll(backdrop, canvas, frameLayer);
        setMaxSize(WIDTH + 2, HEIGHT + 2);
        setPrefSize(WIDTH + 2, HEIGHT + 2);
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::jump);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::jump);
        addEventHandler(MouseEvent.ANY, MouseEvent::consume);
    }

    /**
     * Redraws at most ten times a second, and once more after the last request, so zooming stays fluid.
     *
     * @param contentChanged whether elements may have moved, appeared or gone since the last request (otherwise
     *                       only the view moved, and the nodes are redrawn only if the drawn extent changes)
     */
    void requestRedraw(boolean contentChanged) {
        contentPending |= contentChanged;
        long now = System.nanoTime();
        if (now - lastDraw > 100_000_000L) {
            redraw();
        } else if (!pending) {
            pending = true;
            javafx.animation.PauseTransition later = new javafx.animation.PauseTransition(
                    javafx.util.Duration.millis(110));
            later.setOnFinished(e -> {
                pending = false;
                redraw();
            });
            later.play();
        }
    }

    void redraw() {
        lastDraw = System.nanoTime();
        if (contentOf != vm.session().current()) {
            contentOf = vm.session().current();
            content = DiagramGeometry.contentBounds(contentOf).orElse(new Bounds(0, 0, 400, 300));
            contentPending = true;
        }
        Bounds visible = vm.viewport().visibleArea();
        double minX = Math.min(content.x(), visible.x());
        double minY = Math.min(content.y(), visible.y());
        double maxX = Math.max(content.maxX(), visible.maxX());
        double maxY = Math.max(content.maxY(), visible.maxY());
        Bounds extent = new Bounds(minX, minY, Math.max(1, maxX - minX), Math.max(1, maxY - minY));
        if (contentPending || !extent.equals(world)) {
            contentPending = false;
            world = extent;
            factor = Math.min((WIDTH - 8) / world.width(), (HEIGHT - 8) / world.height());
            drawElements();
        }
        frame.setX(mapX(visible.x()));
        frame.setY(mapY(visible.y()));
        frame.setWidth(visible.width() * factor);
        frame.setHeight(visible.height() * factor);
    }

    private void drawElements() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, WIDTH, HEIGHT);
        for (ZoneViewModel zone : vm.zones().values()) {
            Color tint = Color.web(zone.colorProperty().get().orElse(ZoneSkin.colorOf(zone.kindProperty().get())));
            g.setStroke(tint);
            g.setFill(Color.color(tint.getRed(), tint.getGreen(), tint.getBlue(), 0.12));
            Bounds b = zone.bounds();
            g.fillRect(mapX(b.x()), mapY(b.y()), b.width() * factor, b.height() * factor);
            g.strokeRect(mapX(b.x()), mapY(b.y()), b.width() * factor, b.height() * factor);
        }
        g.setFill(Color.web("#6e7781"));
        double w = Math.max(1.5, NodeViewModel.WIDTH * factor);
        double h = Math.max(1.5, NodeViewModel.HEIGHT * factor);
        for (NodeViewModel node : vm.nodes().values()) {
            g.fillRect(mapX(node.x()), mapY(node.y()), w, h);
        }
    }

    private double mapX(double x) {
        return 4 + (x - world.x()) * factor;
    }

    private double mapY(double y) {
        return 4 + (y - world.y()) * factor;
    }

    private void jump(MouseEvent event) {
        vm.viewport().centerOn(new Point(world.x() + (event.getX() - 4) / factor,
                world.y() + (event.getY() - 4) / factor));
        event.consume();
    }
}
