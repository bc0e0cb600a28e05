package org.threatmesh.app.findings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.collections.MapChangeListener;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.threatmesh.app.canvas.CanvasViewModel;
import org.threatmesh.app.canvas.DiagramGeometry;
import org.threatmesh.app.canvas.EdgeViewModel;
import org.threatmesh.app.canvas.NodeViewModel;
import org.threatmesh.app.canvas.ZoneViewModel;
import org.threatmesh.model.EdgeId;
import org.threatmesh.model.ElementId;
import org.threatmesh.model.NodeId;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.ZoneId;
import org.threatmesh.model.Bounds;

/**
 * Draws the {@link OverlayViewModel}'s badges on the diagram, in diagram coordinates: a severity-coloured badge on
 * each element with findings, in a layer above everything ({@link #badges()}), and the severity's colour on each
 * such call's own line and zone's own tint (their view-models' accents), so the overlay adds no full-size shapes
 * for the renderer to fill on every frame.
 *
 * <p>Like the canvas's skins, markers exist only for elements in or near the view: they are created when their
 * element comes into view and dropped when it is well outside, so CSS, bounds and rendering cost scale with what is
 * on screen rather than with the thousands of badges of a large model. A marker whose badge changes is updated in
 * place. Markers bind to the element view-models while they exist.
 */
public final class FindingsOverlay {

    /** The zoom below which the overlay is not drawn (the editor's overview threshold). */
    static final double MIN_SCALE = 0.25;
    /** How far beyond the view markers are created, in diagram units, so small pans find them in place. */
    private static final double MARGIN = 200;

    private final OverlayViewModel vm;
    private final CanvasViewModel canvas;
    private final ObservableBooleanValue everythingShown;
    private final ObservableBooleanValue viewMoving;
    private final Group badgeLayer = new Group();
    private final Map<ElementId, Marker> markers = new HashMap<>();
    private final MarkerPlaces where;
    private boolean cullScheduled;
    /** Whether something besides the viewport changed since the last cull (badges, the model, visibility). */
    private boolean contentChanged = true;
    /** The area the last cull created markers for; null when it drew none or drew everything. */
    private Bounds covered;
    private long lastCull = Long.MIN_VALUE / 2;
    private static final long CULL_INTERVAL_NANOS = 100_000_000L;

    /**
     * @param model           the model, so elements that moved into view get their markers
     * @param everythingShown true while the canvas draws every element (image export): so does the overlay
     * @param viewMoving      true while the view is zoomed, panned or dragged: badges are drawn as bitmaps then
     */
    public FindingsOverlay(OverlayViewModel vm, CanvasViewModel canvas, ObservableValue<ThreatModel> model,
            ObservableBooleanValue everythingShown, ObservableBooleanValue viewMoving) {
        this.vm = vm;
        this.canvas = canvas;
        this.where = new MarkerPlaces(canvas);
        this.everythingShown = everythingShown;
        this.viewMoving = viewMoving;
        // Re-rasterising every badge's text and rounded background at each new zoom was a quarter of a zoom
        // frame in the software renderer; a bitmap of each, scaled, costs little and the resting frame is crisp.
        viewMoving.addListener(obs -> {
            for (Marker marker : markers.values()) {
                if (marker.labelAttached) {
                    drawAsBitmap(marker.label, viewMoving.get());
                }
            }
        });
        badgeLayer.setMouseTransparent(true);
        badgeLayer.setId("findings-badges");
        // Below this zoom the badges are unreadable and thousands of them would cost every frame; the editor draws
        // its overview paths there too.
        var readable = vm.visibleProperty().and(canvas.viewport().scaleProperty().greaterThanOrEqualTo(MIN_SCALE));
        badgeLayer.visibleProperty().bind(readable);
        // A filter dims everything but the badges that pass it: a translucent veil between the diagram and the
        // badge layer's markers (far larger than any diagram, so it covers wherever the view goes).
        Rectangle veil = new Rectangle(-1e6, -1e6, 2e6, 2e6);
        veil.setId("findings-veil");
        veil.setFill(Color.rgb(255, 255, 255, 0.7));
        veil.visibleProperty().bind(vm.dimmingProperty());
        badgeLayer.getChildren().add(veil);
        vm.badges().addListener((MapChangeListener<ElementId, Badge>) this::badgeChanged);
        InvalidationListener viewMoved = obs -> scheduleCull(false);
        InvalidationListener viewChanged = obs -> scheduleCull();
        var viewport = canvas.viewport();
        viewport.scaleProperty().addListener(viewMoved);
        viewport.translateXProperty().addListener(viewMoved);
        viewport.translateYProperty().addListener(viewMoved);
        viewport.viewWidthProperty().addListener(viewMoved);
        viewport.viewHeightProperty().addListener(viewMoved);
        vm.visibleProperty().addListener(viewChanged);
        // Badges that changed arrive through the view-model's map; a model change matters here only when it may
        // have moved an element into or out of view (an edit of a call's attributes, mid-drag, moves nothing).
        model.addListener((obs, old, now) -> {
            if (DiagramGeometry.mayMoveElements(old, now)) {
                scheduleCull();
            }
        });
        // A badge can arrive before the canvas has the element's view-model (the analysis heard of the edit first).
        canvas.nodes().addListener((MapChangeListener<ElementId, Object>) change -> scheduleCull());
        canvas.edges().addListener((MapChangeListener<ElementId, Object>) change -> scheduleCull());
        canvas.zones().addListener((MapChangeListener<ElementId, Object>) change -> scheduleCull());
        // The export snapshots right away, so the markers must be there before it returns.
        everythingShown.addListener(obs -> cull());
        cull();
    }

    public Group badges() {
        return badgeLayer;
    }

    /** The badge label drawn for {@code element}, if it has one and is in or near the view; for tests. */
    public java.util.Optional<Label> badgeOf(ElementId element) {
        Marker marker = markers.get(element);
        return marker == null || !marker.labelAttached ? java.util.Optional.empty() : java.util.Optional.of(marker.label);
    }

    /** Number of markers in the scene graph; the rest of the badges are out of view. */
    public int markersInScene() {
        return markers.size();
    }

    private void badgeChanged(MapChangeListener.Change<? extends ElementId, ? extends Badge> change) {
        ElementId element = change.getKey();
        Marker marker = markers.get(element);
        if (!change.wasAdded()) {
            if (marker != null) {
                markers.remove(element);
                marker.detach();
            }
        } else if (marker != null) {
            marker.show(change.getValueAdded());
        } else if (drawn() && (everythingShown.get() || where.overlaps(element, enterArea()))) {
            add(element, change.getValueAdded());
        }
    }

    /**
     * Culling runs once per pulse at most, however many viewport values changed, and while the view keeps
     * changing (a zoom gesture, a drag) at most every {@link #CULL_INTERVAL_NANOS}: a pass over every badge on every
     * frame was a fifth of a zoom frame at 100 %, and markers leave only when half a view away, so the lag shows
     * nothing.
     */
    private void scheduleCull() {
        scheduleCull(true);
    }

    private void scheduleCull(boolean content) {
        contentChanged |= content;
        if (cullScheduled) {
            return;
        }
        cullScheduled = true;
        long wait = lastCull + CULL_INTERVAL_NANOS - System.nanoTime();
        if (wait <= 0) {
            Platform.runLater(this::cullUnlessCovered);
        } else {
            javafx.animation.PauseTransition pause =
                    new javafx.animation.PauseTransition(javafx.util.Duration.millis(wait / 1e6));
            pause.setOnFinished(event -> cullUnlessCovered());
            pause.play();
        }
    }

    /**
     * A view that moved or zoomed within the area the last cull covered holds no element without its marker, so
     * the pass over every badge is skipped; markers that drifted away leave at the next full cull.
     */
    private void cullUnlessCovered() {
        Bounds visible = canvas.viewport().visibleArea();
        if (!contentChanged && covered != null && drawn() && visible.x() >= covered.x()
                && visible.y() >= covered.y() && visible.maxX() <= covered.maxX() && visible.maxY() <= covered.maxY()) {
            cullScheduled = false;
            return;
        }
        cull();
    }

    private boolean drawn() {
        return vm.visibleProperty().get() && canvas.viewport().scale() >= MIN_SCALE;
    }

    private void cull() {
        cullScheduled = false;
        contentChanged = false;
        lastCull = System.nanoTime();
        boolean drawn = drawn();
        boolean all = everythingShown.get();
        Bounds visible = canvas.viewport().visibleArea();
        Bounds enter = wide(0);
        covered = drawn && !all ? enter : null;
        // Markers leave only when well outside the view, so small zoom and pan steps do not make them leave and
        // enter again (each entry costs CSS and bounds work).
        Bounds keep = wide(Math.max(visible.width(), visible.height()) / 2);
        List<javafx.scene.Node> leavingLabels = new ArrayList<>();
        for (Map.Entry<ElementId, Badge> entry : vm.badges().entrySet()) {
            ElementId element = entry.getKey();
            Marker marker = markers.get(element);
            boolean show = drawn && (all || where.overlaps(element, marker == null ? enter : keep));
            if (show && marker == null) {
                add(element, entry.getValue());
            } else if (!show && marker != null) {
                markers.remove(element);
                marker.unbind();
                if (marker.labelAttached) {
                    leavingLabels.add(marker.label);
                }
            } else if (show && element instanceof EdgeId) {
                // A call's stroke may cross the view far from its label: the label follows its own position.
                boolean label = all || where.labelNear(element, marker.labelAttached ? keep : enter);
                if (label && !marker.labelAttached) {
                    marker.attachLabel();
                } else if (!label && marker.labelAttached) {
                    marker.labelAttached = false;
                    leavingLabels.add(marker.label);
                }
            }
        }
        if (!leavingLabels.isEmpty()) {
            badgeLayer.getChildren().removeAll(new HashSet<>(leavingLabels));
        }
    }

    private Bounds wide(double extra) {
        Bounds visible = canvas.viewport().visibleArea();
        double margin = MARGIN + extra;
        return new Bounds(visible.x() - margin, visible.y() - margin, visible.width() + 2 * margin,
                visible.height() + 2 * margin);
    }

    private void add(ElementId element, Badge badge) {
        Marker marker = null;
        if (element instanceof NodeId node && canvas.nodes().containsKey(node)) {
            marker = nodeMarker(canvas.nodes().get(node), badge);
        } else if (element instanceof EdgeId edge && canvas.edges().containsKey(edge)) {
            marker = edgeMarker(canvas.edges().get(edge), badge);
        } else if (element instanceof ZoneId zone && canvas.zones().containsKey(zone)) {
            marker = zoneMarker(canvas.zones().get(zone), badge);
        }
        if (marker != null) {
            markers.put(element, marker);
            if (everythingShown.get() || where.labelNear(element, enterArea())) {
                marker.attachLabel();
            }
        }
    }

    /**
     * Where an element needs its marker: the area the last cull covered (views inside it skip culling and still
     * expect every marker there), or near the view before the first cull.
     */
    private Bounds enterArea() {
        return covered != null ? covered : wide(0);
    }

    private Marker nodeMarker(NodeViewModel node, Badge badge) {
        Label label = badgeLabel(node.id());
        label.layoutXProperty().bind(node.xProperty().add(NodeViewModel.WIDTH - 14));
        label.layoutYProperty().bind(node.yProperty().subtract(10));
        return new Marker(label, badge);
    }

    private Marker edgeMarker(EdgeViewModel edge, Badge badge) {
        Label label = badgeLabel(edge.id());
        label.layoutXProperty().bind(edge.source().xProperty().add(edge.target().xProperty())
                .add(NodeViewModel.WIDTH).divide(2).subtract(label.widthProperty().divide(2)));
        label.layoutYProperty().bind(edge.source().yProperty().add(edge.target().yProperty())
                .add(NodeViewModel.HEIGHT).divide(2).add(4));
        Marker marker = new Marker(label, badge);
        marker.accent(edge);
        return marker;
    }

    private Marker zoneMarker(ZoneViewModel zone, Badge badge) {
        Label label = badgeLabel(zone.id());
        label.layoutXProperty().bind(Bindings.add(zone.xProperty(), zone.widthProperty()).subtract(label.widthProperty())
                .subtract(8));
        label.layoutYProperty().bind(zone.yProperty().add(6));
        Marker marker = new Marker(label, badge);
        marker.tint(zone);
        return marker;
    }

    /** {@code color} as a CSS web colour, {@code #rrggbb}. */
    private static String webColor(Color color) {
        return color.toString().replace("0x", "#").substring(0, 7);
    }

    private static void drawAsBitmap(Label label, boolean bitmap) {
        label.setCacheHint(bitmap ? javafx.scene.CacheHint.SCALE : javafx.scene.CacheHint.DEFAULT);
        label.setCache(bitmap);
    }

    private static Label badgeLabel(ElementId element) {
        Label label = new Label();
        label.setId("badge-" + element.value());
        label.getStyleClass().add("finding-badge");
        return label;
    }

    /**
     * What is drawn for one element: its badge, and the severity colour of a call's own line or a zone's own tint.
     * Detach takes them back.
     */
    private final class Marker {
        private final Label label;
        /** The call whose own line shows the severity, for call markers. */
        private EdgeViewModel accented;
        /** The zone whose own tint shows the severity, for zone markers. */
        private ZoneViewModel tinted;
        private Badge shown;
        private boolean labelAttached;

        /** The label enters the scene separately ({@link #attachLabel()}). */
        Marker(Label label, Badge badge) {
            this.label = label;
            show(badge);
        }

        /** Colours {@code edge}'s own line by this marker's severity until the marker goes. */
        void accent(EdgeViewModel edge) {
            accented = edge;
            edge.accentProperty().set(Severities.pseudoClass(shown.worst()).getPseudoClassName());
        }

        /** Tints {@code zone} by this marker's severity until the marker goes. */
        void tint(ZoneViewModel zone) {
            tinted = zone;
            zone.accentProperty().set(webColor(Severities.color(shown.worst())));
        }

        void attachLabel() {
            labelAttached = true;
            drawAsBitmap(label, viewMoving.get());
            badgeLayer.getChildren().add(label);
        }

        /** Shows {@code badge}, touching the label's style only when the severity changed. */
        void show(Badge badge) {
            label.setText(badge.text());
            if (shown != null && shown.worst() == badge.worst()) {
                shown = badge;
                return;
            }
            if (shown != null) {
                label.pseudoClassStateChanged(Severities.pseudoClass(shown.worst()), false);
            }
            shown = badge;
            Color color = Severities.color(badge.worst());
            label.pseudoClassStateChanged(Severities.pseudoClass(badge.worst()), true);
            String web = webColor(color);
            label.setStyle("-fx-background-color: " + web + "; -fx-text-fill: white; -fx-font-size: 11px;"
                    + " -fx-font-weight: bold; -fx-padding: 1 6 1 6; -fx-background-radius: 9;");
            if (accented != null) {
                accented.accentProperty().set(Severities.pseudoClass(badge.worst()).getPseudoClassName());
            }
            if (tinted != null) {
                tinted.accentProperty().set(web);
            }
        }

        void detach() {
            unbind();
            if (labelAttached) {
                badgeLayer.getChildren().remove(label);
            }
        }

        void unbind() {
            label.layoutXProperty().unbind();
            label.layoutYProperty().unbind();
            if (accented != null) {
                accented.accentProperty().set(null);
            }
            if (tinted != null) {
                tinted.accentProperty().set(null);
            }
        }
    }
}
