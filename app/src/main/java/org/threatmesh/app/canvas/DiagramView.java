package org.threatmesh.app.canvas;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javafx.beans.InvalidationListener;
import javafx.collections.MapChangeListener;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;
import org.threatmesh.model.Bounds;
import org.threatmesh.model.ElementId;
import org.threatmesh.model.Point;

/**
 * The diagram canvas: retained-mode skins for zones, calls and nodes in three layers under one zoom/pan
 * transform, a grid drawn on a {@link Canvas} behind them, an overlay for gesture feedback, and a minimap.
 * Skins are created and attached when their view-model appears and detached when it goes; skins outside the
 * visible area are hidden, and small texts are dropped when zoomed far out, so large models stay fluid.
 */
public final class DiagramView extends Region {

    /** Below this zoom factor names, kinds and labels are hidden. */
    static final double DETAIL_THRESHOLD = 0.45;

    private final CanvasViewModel vm;
    private final Canvas grid = new Canvas();
    private final Group world = new Group();
    private final Group zoneLayer = new Group();
    private final Group edgeLayer = new Group();
    private final Group nodeLayer = new Group();
    private final Group feedbackLayer = new Group();
    private final Pane overlay = new Pane();
    private final Minimap minimap;
    private final Map<ElementId, ElementSkin> skins = new HashMap<>();
    private final Rectangle clip = new Rectangle();
    private final DiagramGestures gestures;
    private boolean detailed = true;
    private boolean cullScheduled;

    public DiagramView(CanvasViewModel vm) {
        this.vm = vm;
        setId("diagram");
        getStyleClass().add("diagram-view");
        setFocusTraversable(true);
        setMinSize(200, 150);
        ViewportModel viewport = vm.viewport();
        Scale scale = new Scale();
        scale.xProperty().bind(viewport.scaleProperty());
        scale.yProperty().bind(viewport.scaleProperty());
        Translate translate = new Translate();
        translate.xProperty().bind(viewport.translateXProperty());
        translate.yProperty().bind(viewport.translateYProperty());
        world.getTransforms().addAll(translate, scale);
        world.getChildren().addAll(zoneLayer, edgeLayer, nodeLayer, feedbackLayer);
        world.setId("diagram-world");
        overlay.setPickOnBounds(false);
        overlay.setMouseTransparent(false);
        minimap = new Minimap(vm);
        getChildren().addAll(grid, world, overlay, minimap);
        setClip(clip);
        grid.setMouseTransparent(true);

        vm.zones().addListener((MapChangeListener<ElementId, ZoneViewModel>) c -> change(c.getKey(),
                c.wasRemoved(), c.wasAdded() ? new ZoneSkin(c.getValueAdded()) : null, zoneLayer));
        vm.edges().addListener((MapChangeListener<ElementId, EdgeViewModel>) c -> change(c.getKey(),
                c.wasRemoved(), c.wasAdded() ? new EdgeSkin(c.getValueAdded()) : null, edgeLayer));
        vm.nodes().addListener((MapChangeListener<ElementId, NodeViewModel>) c -> change(c.getKey(),
                c.wasRemoved(), c.wasAdded() ? new NodeSkin(c.getValueAdded()) : null, nodeLayer));
        vm.zones().values().forEach(z -> change(z.id(), false, new ZoneSkin(z), zoneLayer));
        vm.edges().values().forEach(e -> change(e.id(), false, new EdgeSkin(e), edgeLayer));
        vm.nodes().values().forEach(n -> change(n.id(), false, new NodeSkin(n), nodeLayer));

        InvalidationListener viewportChanged = obs -> {
            drawGrid();
            scheduleCull();
        };
        viewport.scaleProperty().addListener(viewportChanged);
        viewport.translateXProperty().addListener(viewportChanged);
        viewport.translateYProperty().addListener(viewportChanged);
        viewport.viewWidthProperty().bind(widthProperty());
        viewport.viewHeightProperty().bind(heightProperty());
        widthProperty().addListener(viewportChanged);
        heightProperty().addListener(viewportChanged);
        vm.session().modelProperty().addListener(obs -> scheduleCull());
        gestures = new DiagramGestures(this, vm);
    }

    /** The skin of an element, if it is on the canvas. */
    public Optional<ElementSkin> skin(ElementId id) {
        return Optional.ofNullable(skins.get(id));
    }

    /** Number of skins currently attached; equals the number of elements in the model. */
    public int skinCount() {
        return skins.size();
    }

    /** Converts scene coordinates to a diagram point. */
    public Point sceneToDiagram(double sceneX, double sceneY) {
        Point2D local = sceneToLocal(sceneX, sceneY);
        return vm.viewport().toDiagram(local.getX(), local.getY());
    }

    /** Whether a scene point lies over the canvas (used by drops from the palette). */
    public boolean containsScenePoint(double sceneX, double sceneY) {
        Point2D local = sceneToLocal(sceneX, sceneY);
        return local.getX() >= 0 && local.getY() >= 0 && local.getX() <= getWidth() && local.getY() <= getHeight();
    }

    /** Gesture feedback drawn in diagram coordinates (connection preview, rubber band, drop preview). */
    Group feedbackLayer() {
        return feedbackLayer;
    }

    /** Controls placed over the canvas in view coordinates (in-place rename editor, refusal notes). */
    Pane overlay() {
        return overlay;
    }

    DiagramGestures gestures() {
        return gestures;
    }

    /** Arms (or with empty, disarms) the zone tool: the next drag on empty canvas draws a zone. */
    public void armZoneTool(Optional<org.threatmesh.model.ZoneKind> kind) {
        gestures.armZoneTool(kind);
    }

    /** Starts renaming the element in place (F2 or double-click). */
    public void startRename(ElementId id) {
        gestures.startRename(id);
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        clip.setWidth(w);
        clip.setHeight(h);
        if (grid.getWidth() != w || grid.getHeight() != h) {
            grid.setWidth(w);
            grid.setHeight(h);
            drawGrid();
        }
        overlay.resizeRelocate(0, 0, w, h);
        minimap.autosize();
        minimap.relocate(w - minimap.getWidth() - 12, h - minimap.getHeight() - 12);
    }

    private void change(ElementId id, boolean removed, ElementSkin added, Group layer) {
        if (removed) {
            ElementSkin old = skins.remove(id);
            if (old != null) {
                old.detach();
                layer.getChildren().remove(old.root());
            }
        }
        if (added != null) {
            added.attach();
            added.setDetailed(detailed);
            skins.put(id, added);
            layer.getChildren().add(added.root());
        }
        scheduleCull();
    }

    /** Culling runs once per pulse at most, however many elements or viewport values changed. */
    private void scheduleCull() {
        if (!cullScheduled) {
            cullScheduled = true;
            javafx.application.Platform.runLater(this::cull);
        }
    }

    private void cull() {
        cullScheduled = false;
        Bounds visible = vm.viewport().visibleArea();
        Bounds margin = new Bounds(visible.x() - 200, visible.y() - 200, visible.width() + 400,
                visible.height() + 400);
        boolean wantDetail = vm.viewport().scale() >= DETAIL_THRESHOLD;
        for (ElementSkin skin : skins.values()) {
            Node root = skin.root();
            boolean show = DiagramGeometry.intersects(margin, skin.diagramBounds());
            if (root.isVisible() != show) {
                root.setVisible(show);
            }
            if (wantDetail != detailed) {
                skin.setDetailed(wantDetail);
            }
        }
        detailed = wantDetail;
        minimap.redraw();
    }

    private void drawGrid() {
        GraphicsContext g = grid.getGraphicsContext2D();
        double w = grid.getWidth();
        double h = grid.getHeight();
        g.clearRect(0, 0, w, h);
        double scale = vm.viewport().scale();
        double step = DiagramGeometry.GRID * scale;
        while (step < 8) {
            step *= 5;
        }
        double ox = vm.viewport().translateXProperty().get() % step;
        double oy = vm.viewport().translateYProperty().get() % step;
        g.setFill(javafx.scene.paint.Color.gray(0.5, 0.35));
        double dot = step > 14 ? 1.6 : 1.1;
        for (double x = ox < 0 ? ox + step : ox; x < w; x += step) {
            for (double y = oy < 0 ? oy + step : oy; y < h; y += step) {
                g.fillRect(x, y, dot, dot);
            }
        }
    }
}
