package org.threatmesh.app.findings;

import java.util.HashMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.collections.MapChangeListener;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import org.threatmesh.app.canvas.CanvasViewModel;
import org.threatmesh.app.canvas.EdgeViewModel;
import org.threatmesh.app.canvas.NodeViewModel;
import org.threatmesh.app.canvas.ZoneViewModel;
import org.threatmesh.model.EdgeId;
import org.threatmesh.model.ElementId;
import org.threatmesh.model.NodeId;
import org.threatmesh.model.ZoneId;

/**
 * Draws the {@link OverlayViewModel}'s badges on the diagram, in diagram coordinates: a severity-coloured badge on
 * each element, a coloured stroke along each call and a tint over each zone with findings. Two layers: strokes and
 * tints go under the calls and nodes ({@link #underlay()}), badges on top ({@link #badges()}). Markers bind to the
 * element view-models when created and unbind when their badge disappears.
 */
public final class FindingsOverlay {

    /** The zoom below which the overlay is not drawn (the editor's overview threshold). */
    static final double MIN_SCALE = 0.25;

    private final OverlayViewModel vm;
    private final CanvasViewModel canvas;
    private final Group underlay = new Group();
    private final Group badgeLayer = new Group();
    private final Map<ElementId, Marker> markers = new HashMap<>();

    public FindingsOverlay(OverlayViewModel vm, CanvasViewModel canvas) {
        this.vm = vm;
        this.canvas = canvas;
        underlay.setMouseTransparent(true);
        badgeLayer.setMouseTransparent(true);
        underlay.setId("findings-underlay");
        badgeLayer.setId("findings-badges");
        // Below this zoom the badges are unreadable and thousands of them would cost every frame; the editor draws
        // its overview paths there too.
        var readable = vm.visibleProperty().and(canvas.viewport().scaleProperty().greaterThanOrEqualTo(MIN_SCALE));
        underlay.visibleProperty().bind(readable);
        badgeLayer.visibleProperty().bind(readable);
        // A filter dims everything but the badges that pass it: a translucent veil between the diagram and the
        // badge layer's markers (far larger than any diagram, so it covers wherever the view goes).
        Rectangle veil = new Rectangle(-1e6, -1e6, 2e6, 2e6);
        veil.setId("findings-veil");
        veil.setFill(Color.rgb(255, 255, 255, 0.7));
        veil.visibleProperty().bind(vm.dimmingProperty());
        badgeLayer.getChildren().add(veil);
        vm.badges().addListener((MapChangeListener<ElementId, Badge>) change -> {
            remove(change.getKey());
            if (change.wasAdded()) {
                add(change.getKey(), change.getValueAdded());
            }
        });
        vm.badges().forEach(this::add);
    }

    public Group underlay() {
        return underlay;
    }

    public Group badges() {
        return badgeLayer;
    }

    /** The badge label drawn for {@code element}, if it has one; for tests. */
    public java.util.Optional<Label> badgeOf(ElementId element) {
        Marker marker = markers.get(element);
        return marker == null ? java.util.Optional.empty() : java.util.Optional.of(marker.label);
    }

    private void remove(ElementId element) {
        Marker marker = markers.remove(element);
        if (marker != null) {
            marker.detach();
        }
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
        }
    }

    private Marker nodeMarker(NodeViewModel node, Badge badge) {
        Label label = badgeLabel(node.id(), badge);
        label.layoutXProperty().bind(node.xProperty().add(NodeViewModel.WIDTH - 14));
        label.layoutYProperty().bind(node.yProperty().subtract(10));
        return new Marker(label, null);
    }

    private Marker edgeMarker(EdgeViewModel edge, Badge badge) {
        Line stroke = new Line();
        stroke.getStyleClass().add("finding-call");
        stroke.setStroke(Severities.color(badge.worst()));
        stroke.setStrokeWidth(5);
        stroke.setOpacity(0.45);
        stroke.startXProperty().bind(edge.source().xProperty().add(NodeViewModel.WIDTH / 2));
        stroke.startYProperty().bind(edge.source().yProperty().add(NodeViewModel.HEIGHT / 2));
        stroke.endXProperty().bind(edge.target().xProperty().add(NodeViewModel.WIDTH / 2));
        stroke.endYProperty().bind(edge.target().yProperty().add(NodeViewModel.HEIGHT / 2));
        Label label = badgeLabel(edge.id(), badge);
        label.layoutXProperty().bind(stroke.startXProperty().add(stroke.endXProperty()).divide(2)
                .subtract(label.widthProperty().divide(2)));
        label.layoutYProperty().bind(stroke.startYProperty().add(stroke.endYProperty()).divide(2).add(4));
        return new Marker(label, stroke);
    }

    private Marker zoneMarker(ZoneViewModel zone, Badge badge) {
        Rectangle tint = new Rectangle();
        tint.getStyleClass().add("finding-zone");
        Color color = Severities.color(badge.worst());
        tint.setFill(color.deriveColor(0, 1, 1, 0.10));
        tint.setStroke(color.deriveColor(0, 1, 1, 0.6));
        tint.setStrokeWidth(2);
        tint.xProperty().bind(zone.xProperty());
        tint.yProperty().bind(zone.yProperty());
        tint.widthProperty().bind(zone.widthProperty());
        tint.heightProperty().bind(zone.heightProperty());
        Label label = badgeLabel(zone.id(), badge);
        label.layoutXProperty().bind(Bindings.add(zone.xProperty(), zone.widthProperty()).subtract(label.widthProperty())
                .subtract(8));
        label.layoutYProperty().bind(zone.yProperty().add(6));
        return new Marker(label, tint);
    }

    private Label badgeLabel(ElementId element, Badge badge) {
        Label label = new Label(badge.text());
        label.setId("badge-" + element.value());
        label.getStyleClass().add("finding-badge");
        label.pseudoClassStateChanged(Severities.pseudoClass(badge.worst()), true);
        String color = Severities.color(badge.worst()).toString().replace("0x", "#").substring(0, 7);
        label.setStyle("-fx-background-color: " + color + "; -fx-text-fill: white; -fx-font-size: 11px;"
                + " -fx-font-weight: bold; -fx-padding: 1 6 1 6; -fx-background-radius: 9;");
        return label;
    }

    /** The shapes drawn for one element; detach unbinds them and takes them out of the scene. */
    private final class Marker {
        private final Label label;
        private final javafx.scene.shape.Shape under;

        Marker(Label label, javafx.scene.shape.Shape under) {
            this.label = label;
            this.under = under;
            badgeLayer.getChildren().add(label);
            if (under != null) {
                underlay.getChildren().add(under);
            }
        }

        void detach() {
            label.layoutXProperty().unbind();
            label.layoutYProperty().unbind();
            badgeLayer.getChildren().remove(label);
            if (under instanceof Line line) {
                line.startXProperty().unbind();
                line.startYProperty().unbind();
                line.endXProperty().unbind();
                line.endYProperty().unbind();
            } else if (under instanceof Rectangle rectangle) {
                rectangle.xProperty().unbind();
                rectangle.yProperty().unbind();
                rectangle.widthProperty().unbind();
                rectangle.heightProperty().unbind();
            }
            if (under != null) {
                underlay.getChildren().remove(under);
            }
        }
    }
}
