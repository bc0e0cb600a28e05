package org.threatmesh.app.canvas;

import java.util.Optional;
import javafx.beans.InvalidationListener;
import javafx.collections.MapChangeListener;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;
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
    static final double DETAIL_THRESHOLD = 0.35;
    /**
     * Below this zoom factor nodes and calls are drawn as two overview paths instead of thousands of skins: the
     * text is unreadable there anyway, and one path costs the renderer far less than thousands of shapes.
     */
    static final double OVERVIEW_THRESHOLD = 0.25;

    private final CanvasViewModel vm;
    private final GridCanvas grid = new GridCanvas();
    private final Group world = new Group();
    private final Group zoneLayer = new Group();
    private final Group edgeLayer = new Group();
    private final Group nodeLayer = new Group();
    private final Group feedbackLayer = new Group();
    /** Layers other parts of the app draw above the diagram (the findings badges). */
    private final Group topLayers = new Group();
    private final Pane overlay = new Pane();
    private final Minimap minimap;
    private final SkinCulling culling = new SkinCulling(zoneLayer, edgeLayer, nodeLayer);
    /** Nodes moved since the last cull; when nothing else changed, only they and their calls are culled. */
    private final java.util.Set<NodeViewModel> moved = new java.util.HashSet<>();
    private final Rectangle clip = new Rectangle();
    private final DiagramGestures gestures;
    private final OverviewLayer overview;
    private final GesturePictures pictures;
    private boolean cullScheduled;
    private boolean gridStale = true;
    /** Whether the next cull must visit every skin: something other than the viewport changed since the last one. */
    private boolean contentChanged = true;
    private boolean interacting;
    private final javafx.beans.property.ReadOnlyBooleanWrapper viewMoving =
            new javafx.beans.property.ReadOnlyBooleanWrapper(this, "viewMoving");
    private boolean showEverything;
    private final javafx.beans.property.ReadOnlyBooleanWrapper everythingShown =
            new javafx.beans.property.ReadOnlyBooleanWrapper(this, "everythingShown");
    private long lastTick;
    /**
     * How long the view must stand still to count as resting (full-quality drawing, no picture standing in). UI
     * tests that check a gesture step by step lengthen it with {@code -Dthreatmesh.canvas.restMillis}, so a slow
     * machine's late pulse cannot end their gesture.
     */
    private final javafx.animation.PauseTransition rest = new javafx.animation.PauseTransition(
            javafx.util.Duration.millis(Long.getLong("threatmesh.canvas.restMillis", 180)));

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
        overview = new OverviewLayer(vm);
        world.getChildren().addAll(zoneLayer, overview, edgeLayer, nodeLayer, feedbackLayer, topLayers);
        world.setId("diagram-world");
        overlay.setPickOnBounds(false);
        overlay.setMouseTransparent(false);
        minimap = new Minimap(vm);
        pictures = new GesturePictures(this, vm, overview, grid, world, zoneLayer, nodeLayer,
                java.util.List.of(feedbackLayer, topLayers), java.util.List.of(overlay, minimap),
                this::pictureTaken);
        getChildren().add(grid);
        getChildren().addAll(pictures.nodes());
        getChildren().addAll(world, overlay, minimap);
        setClip(clip);
        grid.setMouseTransparent(true);

        // A zone's severity tint arrives from the findings overlay, mid-drag too; the drag's picture shows zones.
        InvalidationListener tintChanged = obs -> pictures.drawingChanged();
        vm.zones().addListener((MapChangeListener<ElementId, ZoneViewModel>) c -> {
            if (c.wasRemoved()) {
                c.getValueRemoved().accentProperty().removeListener(tintChanged);
            }
            changed(c, () -> {
                c.getValueAdded().accentProperty().addListener(tintChanged);
                culling.zoneAdded(c.getValueAdded());
            });
        });
        vm.edges().addListener((MapChangeListener<ElementId, EdgeViewModel>) c -> changed(c,
                () -> culling.callAdded(c.getValueAdded())));
        vm.nodes().addListener((MapChangeListener<ElementId, NodeViewModel>) c -> {
            if (c.wasRemoved()) {
                overview.unwatch(c.getValueRemoved());
                moved.remove(c.getValueRemoved());
            }
            changed(c, () -> {
                watch(c.getValueAdded());
                culling.nodeAdded(c.getValueAdded());
            });
        });
        vm.zones().values().forEach(zone -> {
            zone.accentProperty().addListener(tintChanged);
            culling.zoneAdded(zone);
        });
        vm.edges().values().forEach(culling::callAdded);
        vm.nodes().values().forEach(n -> {
            watch(n);
            culling.nodeAdded(n);
        });

        rest.setOnFinished(e -> setInteracting(false));
        // A zoom step changes three viewport values; the grid is redrawn once, in the pulse that draws the step.
        Runnable redrawGrid = () -> {
            if (gridStale) {
                gridStale = false;
                grid.redraw(vm.viewport());
            }
        };
        sceneProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.removePreLayoutPulseListener(redrawGrid);
            }
            if (now != null) {
                now.addPreLayoutPulseListener(redrawGrid);
            }
        });
        InvalidationListener viewportChanged = obs -> {
            gridStale = true;
            pictures.viewportChanged();
            interactionTick();
            scheduleViewportCull();
        };
        viewport.scaleProperty().addListener(viewportChanged);
        viewport.translateXProperty().addListener(viewportChanged);
        viewport.translateYProperty().addListener(viewportChanged);
        viewport.viewWidthProperty().bind(widthProperty());
        viewport.viewHeightProperty().bind(heightProperty());
        widthProperty().addListener(viewportChanged);
        heightProperty().addListener(viewportChanged);
        // The overview paths hear of added, removed and moved elements from the view-models themselves; an
        // attribute edit must not make them rebuild thousands of segments (and, mid-drag, redraw the still calls).
        // A call's attribute edit moves nothing either, so it does not cost a pass over every skin.
        vm.session().modelProperty().addListener((obs, old, now) -> {
            if (DiagramGeometry.mayMoveElements(old, now)) {
                scheduleCull();
            }
        });
        vm.selection().ids().addListener((javafx.collections.SetChangeListener<ElementId>) c -> {
            overview.markDirty();
            scheduleCull();
        });
        gestures = new DiagramGestures(this, vm);
    }

    /** The skin of an element, if it is on the canvas. */
    public Optional<ElementSkin> skin(ElementId id) {
        return culling.skin(id);
    }

    /**
     * Runs {@code action} (an image export) with every element's skin in the scene in full detail, then goes back
     * to drawing only what is visible.
     */
    public <T> T withEverythingShown(java.util.function.Supplier<T> action) {
        showEverything = true;
        everythingShown.set(true);
        cull();
        culling.setInteracting(false);
        try {
            return action.get();
        } finally {
            showEverything = false;
            everythingShown.set(false);
            cull();
        }
    }

    /**
     * True from the first step of a zoom, pan or drag until the view has rested for a moment: layers in diagram
     * coordinates may draw cheaply meanwhile, as the canvas's own skins do.
     */
    public javafx.beans.property.ReadOnlyBooleanProperty viewMovingProperty() {
        return viewMoving.getReadOnlyProperty();
    }

    /** True while {@link #withEverythingShown} runs; layers that cull to the view draw everything then too. */
    public javafx.beans.property.ReadOnlyBooleanProperty everythingShownProperty() {
        return everythingShown.getReadOnlyProperty();
    }

    /** Number of node and call skins currently in the scene graph (the rest are out of view). */
    public int skinsInScene() {
        return culling.skinsInScene();
    }

    /** Number of skins currently attached; equals the number of elements in the model. */
    public int skinCount() {
        return culling.skinCount();
    }

    /**
     * Adds a mouse-transparent layer drawn in diagram coordinates above everything else; the findings overlay
     * (issue 5) puts its badges there.
     */
    public void addTopLayer(Node onTop) {
        topLayers.getChildren().add(onTop);
    }

    /**
     * Tells the canvas that what a top layer draws changed (a findings badge came, went or changed), so a picture
     * standing in for the drawing while the view is zoomed is put away and taken again.
     */
    public void topLayerChanged() {
        pictures.topLayerChanged();
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
            grid.redraw(vm.viewport());
        }
        overlay.resizeRelocate(0, 0, w, h);
        minimap.autosize();
        minimap.relocate(w - minimap.getWidth() - 12, h - minimap.getHeight() - 12);
    }

    private void watch(NodeViewModel node) {
        overview.watch(node, () -> {
            interactionTick();
            moved.add(node);
            scheduleViewportCull();
        });
    }

    private void changed(MapChangeListener.Change<? extends ElementId, ?> change, Runnable added) {
        if (change.wasRemoved()) {
            culling.removed(change.getKey());
        }
        if (change.wasAdded()) {
            added.run();
        }
        overview.markDirty();
        scheduleCull();
    }

    /**
     * Called on every zoom, pan or drag step: calls are drawn as one cheap path until the view has rested for a
     * moment, which keeps software-rendered frames fast; the resting frame is drawn in full quality.
     */
    void interactionTick() {
        if (!interacting) {
            setInteracting(true);
        }
        // A drag moves hundreds of positions per frame; restarting the rest timer once per frame is enough.
        long now = System.nanoTime();
        if (now - lastTick > 8_000_000L) {
            lastTick = now;
            rest.playFromStart();
        }
    }

    private void setInteracting(boolean value) {
        interacting = value;
        if (!value) {
            pictures.rested();
        }
        scheduleCull();
        culling.setInteracting(value);
        viewMoving.set(value);
    }

    /** In overview mode, the node drawn at diagram point {@code p}; null when none. */
    ElementId overviewNodeAt(Point p) {
        return overview.nodeAt(p.x(), p.y());
    }

    /** Whether the canvas currently draws the overview paths instead of node and call skins. */
    public boolean isOverview() {
        return vm.viewport().scale() < OVERVIEW_THRESHOLD;
    }

    /** Culling runs once per pulse at most, however many elements or viewport values changed. */
    private void scheduleCull() {
        pictures.contentChanged();
        contentChanged = true;
        scheduleViewportCull();
    }

    private void scheduleViewportCull() {
        if (!cullScheduled) {
            cullScheduled = true;
            javafx.application.Platform.runLater(this::cullOrFollow);
        }
    }

    /**
     * A zoom or pan step that stays inside the area the last cull covered cannot bring a skin into view, so it
     * skips the pass over every skin (a third of a zoom frame at 100 %); skins that drifted out of view leave at
     * the next full cull, at the latest when the view rests.
     */
    private void cullOrFollow() {
        boolean overviewMode = !showEverything && isOverview();
        boolean wantDetail = showEverything || vm.viewport().scale() >= DETAIL_THRESHOLD;
        if (contentChanged || overviewMode || showEverything
                || !culling.covers(vm.viewport().visibleArea(), wantDetail)) {
            cull();
            return;
        }
        cullScheduled = false;
        boolean nodesMoved = !moved.isEmpty();
        if (nodesMoved) {
            culling.cullMoved(moved);
            moved.clear();
        }
        showCallsAndOverview(overviewMode, nodesMoved);
    }

    private void showCallsAndOverview(boolean overviewMode, boolean contentChanged) {
        // While the view moves, one path of all calls replaces thousands of line skins (which cost the renderer a
        // fixed amount each); the skins come back when it rests.
        edgeLayer.setVisible(showEverything || !interacting);
        overview.show(overviewMode, !showEverything && interacting && !overviewMode, vm.viewport().scale(),
                vm.viewport().visibleArea());
        pictures.show(interacting, showEverything, DETAIL_THRESHOLD);
        minimap.requestRedraw(contentChanged);
    }

    /** Taking a picture held the FX thread for a frame or more: that was not the user resting. */
    private void pictureTaken() {
        lastTick = System.nanoTime();
        rest.playFromStart();
    }

    /**
     * Renders only what is visible: node and call skins enter the scene graph when they come into view and leave
     * it when they go out of view (so CSS, bounds and rendering cost scale with what is on screen, not with the
     * model); far out, the overview paths replace them.
     */
    private void cull() {
        pictures.viewportChanged();
        cullScheduled = false;
        contentChanged = false;
        moved.clear();
        boolean overviewMode = !showEverything && isOverview();
        boolean wantDetail = showEverything || vm.viewport().scale() >= DETAIL_THRESHOLD;
        culling.cullAll(vm.viewport().visibleArea(), showEverything, overviewMode, wantDetail);
        showCallsAndOverview(overviewMode, true);
    }

}
