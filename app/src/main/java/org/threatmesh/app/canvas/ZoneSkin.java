package org.threatmesh.app.canvas;

import java.util.Map;
import javafx.beans.InvalidationListener;
import javafx.css.PseudoClass;
import javafx.scene.Group;
import javafx.scene.Parent;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import org.threatmesh.model.Bounds;
import org.threatmesh.model.ElementId;
import org.threatmesh.model.ZoneKind;

/**
 * A trust zone: a tinted rectangle with a header (icon and name) and a resize handle at the bottom-right. Only the
 * header, the frame and the handle take clicks, so a rubber band can start on a zone's empty inside. Deeper zones
 * draw above their parents. A zone's {@linkplain ZoneViewModel#accentProperty() accent} replaces its own colour in
 * the tint and the frame. JavaFX id {@code zone-<id>}, the handle's {@code resize-<id>}.
 */
public final class ZoneSkin implements ElementSkin {

    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    /** Default tint per zone kind; a zone's own colour in the layout wins. */
    private static final Map<ZoneKind, String> COLORS = Map.of(
            ZoneKind.INTERNET, "#e5484d", ZoneKind.DMZ, "#f76b15", ZoneKind.CLUSTER, "#3e63dd",
            ZoneKind.NAMESPACE, "#12a594", ZoneKind.PARTNER, "#8e4ec6", ZoneKind.EXTERNAL, "#7c7c7c");
    private static final double HEADER_HEIGHT = 26;

    private final ZoneViewModel vm;
    private final Group root = new Group();
    private final Rectangle body = new Rectangle();
    private final Rectangle frame = new Rectangle();
    private final Rectangle header = new Rectangle();
    private final Rectangle handle = new Rectangle(12, 12);
    private final Text title = new Text();
    private final Group icon = SkinFactory.icon("trust_zone", 16);
    private final InvalidationListener boundsListener = obs -> layoutShapes();
    private final InvalidationListener styleListener = obs -> restyle();
    private final InvalidationListener selectionListener;

    public ZoneSkin(ZoneViewModel vm) {
        this.vm = vm;
        root.setId(SkinFactory.fxId("zone", vm.id().value()));
        root.getStyleClass().add("zone-skin");
        root.getProperties().put(SKIN_KEY, this);
        body.getStyleClass().add("zone-body");
        body.setMouseTransparent(true);
        // Square corners on the large tinted fills: the renderer fills an axis-aligned rectangle directly, while a
        // rounded one goes through the anti-aliasing rasteriser over its whole area.
        frame.getStyleClass().add("zone-frame");
        frame.setFill(null);
        header.getStyleClass().add("zone-header");
        title.getStyleClass().add("zone-title");
        title.setMouseTransparent(true);
        icon.setMouseTransparent(true);
        icon.getStyleClass().add("zone-icon");
        handle.setId(SkinFactory.fxId("resize", vm.id().value()));
        handle.getStyleClass().add("zone-handle");
        handle.getProperties().put(SKIN_KEY + ".resize", Boolean.TRUE);
        root.getChildren().addAll(body, header, frame, icon, title, handle);
        selectionListener = obs -> root.pseudoClassStateChanged(SELECTED, vm.isSelected());
    }

    @Override
    public ElementId elementId() {
        return vm.id();
    }

    public ZoneViewModel viewModel() {
        return vm;
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void attach() {
        vm.xProperty().addListener(boundsListener);
        vm.yProperty().addListener(boundsListener);
        vm.widthProperty().addListener(boundsListener);
        vm.heightProperty().addListener(boundsListener);
        vm.nameProperty().addListener(boundsListener);
        vm.kindProperty().addListener(styleListener);
        vm.colorProperty().addListener(styleListener);
        vm.depthProperty().addListener(styleListener);
        vm.accentProperty().addListener(styleListener);
        vm.selectedProperty().addListener(selectionListener);
        layoutShapes();
        restyle();
        selectionListener.invalidated(null);
    }

    @Override
    public void detach() {
        vm.xProperty().removeListener(boundsListener);
        vm.yProperty().removeListener(boundsListener);
        vm.widthProperty().removeListener(boundsListener);
        vm.heightProperty().removeListener(boundsListener);
        vm.nameProperty().removeListener(boundsListener);
        vm.kindProperty().removeListener(styleListener);
        vm.colorProperty().removeListener(styleListener);
        vm.depthProperty().removeListener(styleListener);
        vm.accentProperty().removeListener(styleListener);
        vm.selectedProperty().removeListener(selectionListener);
    }

    @Override
    public Bounds diagramBounds() {
        return vm.bounds();
    }

    @Override
    public boolean isDetailedShown() {
        return title.isVisible();
    }

    @Override
    public void setDetailed(boolean detailed) {
        title.setVisible(detailed);
        icon.setVisible(detailed);
    }

    private static Color withAlpha(Color color, double alpha) {
        return Color.color(color.getRed(), color.getGreen(), color.getBlue(), alpha);
    }

    /** The zone's tint as a colour string. */
    public static String colorOf(ZoneKind kind) {
        return COLORS.get(kind);
    }

    private void layoutShapes() {
        double w = vm.widthProperty().get();
        double h = vm.heightProperty().get();
        root.setLayoutX(vm.xProperty().get());
        root.setLayoutY(vm.yProperty().get());
        for (Rectangle r : new Rectangle[] {body, frame}) {
            r.setWidth(w);
            r.setHeight(h);
        }
        header.setWidth(Math.min(w, Math.max(120, title.getLayoutBounds().getWidth() + 44)));
        header.setHeight(HEADER_HEIGHT);
        icon.setLayoutX(8);
        icon.setLayoutY(5);
        title.setText(SkinFactory.truncate(vm.name(), (int) Math.max(4, (w - 40) / 7.5)));
        title.setLayoutX(30);
        title.setLayoutY(18);
        header.setWidth(Math.min(w, title.getLayoutBounds().getWidth() + 44));
        handle.setLayoutX(w - 14);
        handle.setLayoutY(h - 14);
    }

    private void restyle() {
        Color tint = Color.web(vm.colorProperty().get().orElse(COLORS.get(vm.kindProperty().get())));
        Color accent = vm.accentProperty().get() == null ? null : Color.web(vm.accentProperty().get());
        body.setFill(accent == null ? withAlpha(tint, 0.07) : withAlpha(accent, 0.10));
        header.setFill(withAlpha(tint, 0.18));
        frame.setStroke(accent == null ? tint : accent);
        for (javafx.scene.Node path : icon.getChildren()) {
            ((javafx.scene.shape.Shape) path).setStroke(tint);
        }
        // The tint itself, not a darker shade, so the title stays readable on the dark theme too.
        title.setFill(tint);
        root.setViewOrder(-vm.depthProperty().get());
    }
}
