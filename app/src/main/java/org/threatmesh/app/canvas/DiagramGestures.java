package org.threatmesh.app.canvas;

import java.util.Optional;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import org.threatmesh.model.Bounds;
import org.threatmesh.model.EdgeId;
import org.threatmesh.model.ElementId;
import org.threatmesh.model.NodeId;
import org.threatmesh.model.Point;
import org.threatmesh.model.ZoneId;
import org.threatmesh.model.ZoneKind;

/**
 * Turns mouse, wheel and key input on the canvas into view-model intents: click and Ctrl/Cmd-click select, drags
 * move (previewed, one command on release), dragging from a node's port draws a call (refused targets are shown
 * with the reason), dragging on empty space draws a rubber band (or a zone when the zone tool is armed), the
 * middle button or Space pans, the wheel zooms at the cursor, arrows nudge, Delete deletes, F2 renames.
 */
final class DiagramGestures {

    private enum Mode { IDLE, MOVING, CONNECTING, RUBBER_BAND, PANNING, RESIZING, DRAWING_ZONE }

    private final DiagramView view;
    private final CanvasViewModel vm;
    private final Rectangle band = new Rectangle();
    private final Line connection = new Line();
    private final Text refusal = new Text();
    private Mode mode = Mode.IDLE;
    private Point pressDiagram;
    private Point2D pressView;
    private NodeId connectFrom;
    private boolean spaceDown;
    private boolean dragged;
    private Optional<ZoneKind> zoneTool = Optional.empty();
    private TextField editor;

    DiagramGestures(DiagramView view, CanvasViewModel vm) {
        this.view = view;
        this.vm = vm;
        band.getStyleClass().add("rubber-band");
        band.setVisible(false);
        band.setMouseTransparent(true);
        connection.getStyleClass().add("connection-preview");
        connection.setVisible(false);
        connection.setMouseTransparent(true);
        refusal.getStyleClass().add("refusal-note");
        refusal.setId("connection-refusal");
        refusal.setVisible(false);
        refusal.setMouseTransparent(true);
        view.feedbackLayer().getChildren().addAll(band, connection);
        view.overlay().getChildren().add(refusal);
        view.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        view.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        view.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        view.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        view.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        view.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        view.addEventHandler(KeyEvent.KEY_RELEASED, this::keyReleased);
    }

    /** Arms the zone tool: the next drag on empty canvas draws a zone of {@code kind}. */
    void armZoneTool(Optional<ZoneKind> kind) {
        zoneTool = kind;
        view.setCursor(kind.isPresent() ? Cursor.CROSSHAIR : Cursor.DEFAULT);
    }

    private void pressed(MouseEvent e) {
        if (editor != null) {
            return;
        }
        view.requestFocus();
        pressView = new Point2D(e.getX(), e.getY());
        pressDiagram = vm.viewport().toDiagram(e.getX(), e.getY());
        dragged = false;
        if (e.getButton() == MouseButton.MIDDLE || (e.getButton() == MouseButton.PRIMARY && spaceDown)) {
            mode = Mode.PANNING;
            view.setCursor(Cursor.CLOSED_HAND);
            return;
        }
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        Node picked = e.getPickResult().getIntersectedNode();
        Optional<ElementSkin> skin = skinOf(picked);
        if (skin.isPresent() && isMarked(picked, ElementSkin.SKIN_KEY + ".port")
                && skin.get().elementId() instanceof NodeId from) {
            mode = Mode.CONNECTING;
            connectFrom = from;
            NodeViewModel source = vm.nodes().get(from);
            connection.setStartX(source.centerX());
            connection.setStartY(source.centerY());
            updateConnection(e);
            connection.setVisible(true);
            return;
        }
        if (skin.isPresent() && isMarked(picked, ElementSkin.SKIN_KEY + ".resize")
                && skin.get().elementId() instanceof ZoneId zone) {
            vm.select(zone);
            vm.moves().beginResize(zone);
            mode = Mode.RESIZING;
            return;
        }
        Optional<ElementId> hit = skin.map(ElementSkin::elementId);
        if (hit.isEmpty() && view.isOverview()) {
            hit = Optional.ofNullable(view.overviewNodeAt(pressDiagram));
        }
        if (hit.isPresent()) {
            ElementId id = hit.get();
            if (e.isShortcutDown() || e.isShiftDown()) {
                vm.toggleSelection(id);
            } else if (!vm.selection().contains(id)) {
                vm.select(id);
            }
            if (!(id instanceof EdgeId) && vm.selection().contains(id)) {
                vm.moves().begin(id);
                mode = Mode.MOVING;
            }
            return;
        }
        if (zoneTool.isPresent()) {
            mode = Mode.DRAWING_ZONE;
        } else {
            mode = Mode.RUBBER_BAND;
            if (!e.isShortcutDown() && !e.isShiftDown()) {
                vm.clearSelection();
            }
        }
        band.setX(pressDiagram.x());
        band.setY(pressDiagram.y());
        band.setWidth(0);
        band.setHeight(0);
        band.setVisible(true);
        band.getStyleClass().setAll(mode == Mode.DRAWING_ZONE ? "zone-draft" : "rubber-band");
    }

    private void dragged(MouseEvent e) {
        if (pressView == null) {
            return;
        }
        dragged = true;
        Point here = vm.viewport().toDiagram(e.getX(), e.getY());
        switch (mode) {
            case PANNING -> {
                vm.viewport().panBy(e.getX() - pressView.getX(), e.getY() - pressView.getY());
                pressView = new Point2D(e.getX(), e.getY());
            }
            case MOVING -> {
                view.interactionTick();
                vm.moves().preview(here.x() - pressDiagram.x(), here.y() - pressDiagram.y());
            }
            case RESIZING -> vm.moves().previewResize(here.x() - pressDiagram.x(), here.y() - pressDiagram.y());
            case CONNECTING -> updateConnection(e);
            case RUBBER_BAND, DRAWING_ZONE -> {
                band.setX(Math.min(here.x(), pressDiagram.x()));
                band.setY(Math.min(here.y(), pressDiagram.y()));
                band.setWidth(Math.abs(here.x() - pressDiagram.x()));
                band.setHeight(Math.abs(here.y() - pressDiagram.y()));
            }
            default -> {
            }
        }
        e.consume();
    }

    private void released(MouseEvent e) {
        Mode finished = mode;
        mode = Mode.IDLE;
        switch (finished) {
            case PANNING -> view.setCursor(zoneTool.isPresent() ? Cursor.CROSSHAIR : Cursor.DEFAULT);
            case MOVING -> vm.moves().commit();
            case RESIZING -> vm.moves().commitResize();
            case CONNECTING -> {
                connection.setVisible(false);
                refusal.setVisible(false);
                targetNode(e).ifPresent(to -> vm.creation().connect(connectFrom, to));
            }
            case RUBBER_BAND -> {
                band.setVisible(false);
                if (dragged) {
                    vm.selectInArea(bandBounds(), e.isShortcutDown() || e.isShiftDown());
                }
            }
            case DRAWING_ZONE -> {
                band.setVisible(false);
                if (band.getWidth() > 20 && band.getHeight() > 20) {
                    vm.creation().addZone(zoneTool.orElseThrow(), bandBounds());
                }
                armZoneTool(Optional.empty());
            }
            default -> {
            }
        }
        pressView = null;
    }

    private void clicked(MouseEvent e) {
        if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !dragged) {
            skinOf(e.getPickResult().getIntersectedNode()).ifPresent(s -> startRename(s.elementId()));
        }
    }

    private void scrolled(ScrollEvent e) {
        if (e.getDeltaY() == 0) {
            return;
        }
        vm.viewport().zoomAt(Math.pow(ViewportModel.STEP, Math.signum(e.getDeltaY())), e.getX(), e.getY());
        e.consume();
    }

    private void keyPressed(KeyEvent e) {
        if (editor != null) {
            return;
        }
        double step = e.isShiftDown() ? DiagramGeometry.GRID * 5 : e.isAltDown() ? 1 : DiagramGeometry.GRID;
        switch (e.getCode()) {
            case SPACE -> {
                spaceDown = true;
                view.setCursor(Cursor.OPEN_HAND);
            }
            case LEFT -> vm.moves().nudge(-step, 0);
            case RIGHT -> vm.moves().nudge(step, 0);
            case UP -> vm.moves().nudge(0, -step);
            case DOWN -> vm.moves().nudge(0, step);
            case DELETE, BACK_SPACE -> vm.deleteSelection();
            case F2 -> vm.selection().snapshot().stream().findFirst().ifPresent(this::startRename);
            case ESCAPE -> {
                if (mode == Mode.MOVING || mode == Mode.RESIZING) {
                    vm.moves().cancel();
                    mode = Mode.IDLE;
                } else {
                    vm.clearSelection();
                    armZoneTool(Optional.empty());
                }
            }
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void keyReleased(KeyEvent e) {
        if (e.getCode() == KeyCode.SPACE) {
            spaceDown = false;
            view.setCursor(zoneTool.isPresent() ? Cursor.CROSSHAIR : Cursor.DEFAULT);
            e.consume();
        }
    }

    /** Puts a text field over the element's label; Enter or leaving the field renames, Escape cancels. */
    void startRename(ElementId id) {
        Optional<Bounds> where = Optional.empty();
        if (id instanceof NodeId node && vm.nodes().containsKey(node)) {
            NodeViewModel n = vm.nodes().get(node);
            where = Optional.of(new Bounds(n.x() + 44, n.y() + 8, NodeViewModel.WIDTH - 48, 24));
        } else if (id instanceof ZoneId zone && vm.zones().containsKey(zone)) {
            Bounds b = vm.zones().get(zone).bounds();
            where = Optional.of(new Bounds(b.x() + 26, b.y() + 2, Math.min(240, b.width() - 30), 24));
        } else if (id instanceof EdgeId edge && vm.edges().containsKey(edge)) {
            EdgeViewModel e = vm.edges().get(edge);
            where = Optional.of(new Bounds((e.source().centerX() + e.target().centerX()) / 2 - 90,
                    (e.source().centerY() + e.target().centerY()) / 2 - 12, 180, 24));
        }
        if (where.isEmpty()) {
            return;
        }
        finishRename(false, null);
        vm.select(id);
        TextField field = new TextField(vm.currentName(vm.session().current(), id));
        field.setId("rename-editor");
        double s = vm.viewport().scale();
        field.relocate(where.get().x() * s + vm.viewport().translateXProperty().get(),
                where.get().y() * s + vm.viewport().translateYProperty().get());
        field.setPrefWidth(Math.max(140, where.get().width() * s));
        field.setOnAction(a -> finishRename(true, id));
        field.addEventHandler(KeyEvent.KEY_PRESSED, k -> {
            if (k.getCode() == KeyCode.ESCAPE) {
                finishRename(false, id);
                k.consume();
            }
        });
        field.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                finishRename(true, id);
            }
        });
        editor = field;
        view.overlay().getChildren().add(field);
        field.requestFocus();
        field.selectAll();
    }

    private void finishRename(boolean commit, ElementId id) {
        TextField field = editor;
        if (field == null) {
            return;
        }
        editor = null;
        view.overlay().getChildren().remove(field);
        if (commit && id != null) {
            vm.rename(id, field.getText());
        }
        view.requestFocus();
    }

    private void updateConnection(MouseEvent e) {
        Point here = vm.viewport().toDiagram(e.getX(), e.getY());
        connection.setEndX(here.x());
        connection.setEndY(here.y());
        Optional<NodeId> target = targetNode(e);
        Optional<String> reason = target.flatMap(to -> vm.creation().connectionRefusal(connectFrom, to));
        connection.getStyleClass().setAll("connection-preview",
                target.isEmpty() ? "pending" : reason.isPresent() ? "refused" : "accepted");
        refusal.setText(reason.orElse(""));
        refusal.setVisible(reason.isPresent());
        refusal.relocate(e.getX() + 14, e.getY() + 18);
        if (reason.isPresent()) {
            vm.say(reason.get());
        }
    }

    /** The node under the pointer, found by position so the preview line itself never hides it. */
    private Optional<NodeId> targetNode(MouseEvent e) {
        Point here = vm.viewport().toDiagram(e.getX(), e.getY());
        NodeId found = null;
        for (NodeViewModel node : vm.nodes().values()) {
            if (here.x() >= node.x() && here.x() <= node.x() + NodeViewModel.WIDTH + 6 && here.y() >= node.y()
                    && here.y() <= node.y() + NodeViewModel.HEIGHT) {
                found = node.id();
            }
        }
        return Optional.ofNullable(found);
    }

    private Bounds bandBounds() {
        return new Bounds(band.getX(), band.getY(), band.getWidth(), band.getHeight());
    }

    private static Optional<ElementSkin> skinOf(Node picked) {
        for (Node n = picked; n != null; n = n.getParent()) {
            Object skin = n.getProperties().get(ElementSkin.SKIN_KEY);
            if (skin instanceof ElementSkin elementSkin) {
                return Optional.of(elementSkin);
            }
        }
        return Optional.empty();
    }

    private static boolean isMarked(Node picked, String key) {
        return picked != null && Boolean.TRUE.equals(picked.getProperties().get(key));
    }
}
