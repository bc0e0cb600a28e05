package org.threatmesh.app.canvas;

import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.threatmesh.model.Bounds;
import org.threatmesh.model.TrustZone;
import org.threatmesh.model.ZoneId;
import org.threatmesh.model.ZoneKind;
import org.threatmesh.model.ZoneLayout;

/** What a zone skin shows: name, kind, nesting depth, colour and the displayed rectangle (drag/resize preview). */
public final class ZoneViewModel {

    private final ZoneId id;
    private final ReadOnlyObjectWrapper<ZoneKind> kind = new ReadOnlyObjectWrapper<>(this, "kind");
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper(this, "name");
    private final ReadOnlyObjectWrapper<Optional<String>> color = new ReadOnlyObjectWrapper<>(this, "color");
    private final IntegerProperty depth = new SimpleIntegerProperty(this, "depth");
    private final DoubleProperty x = new SimpleDoubleProperty(this, "x");
    private final DoubleProperty y = new SimpleDoubleProperty(this, "y");
    private final DoubleProperty width = new SimpleDoubleProperty(this, "width");
    private final DoubleProperty height = new SimpleDoubleProperty(this, "height");
    private final BooleanProperty selected = new SimpleBooleanProperty(this, "selected");
    private final StringProperty accent = new SimpleStringProperty(this, "accent");
    private Bounds modelBounds;

    ZoneViewModel(TrustZone zone, ZoneLayout layout, int nesting) {
        this.id = zone.id();
        update(zone, layout, nesting);
    }

    void update(TrustZone zone, ZoneLayout layout, int nesting) {
        kind.set(zone.kind());
        name.set(zone.name());
        color.set(layout.color());
        depth.set(nesting);
        modelBounds = layout.bounds();
        show(modelBounds);
    }

    void preview(Bounds bounds) {
        show(bounds);
    }

    Bounds modelBounds() {
        return modelBounds;
    }

    private void show(Bounds bounds) {
        x.set(bounds.x());
        y.set(bounds.y());
        width.set(bounds.width());
        height.set(bounds.height());
    }

    /**
     * A colour, as a CSS web colour such as {@code #ea580c}, that layers on top of the canvas ask the zone's own tint
     * and frame to take (for example the worst severity of its findings, from the findings overlay); {@code null}
     * for the zone's own colour. Tinting the zone itself, rather than laying a second rectangle over it, saves the
     * renderer a fill of the whole view on every frame when the view is inside the zone.
     */
    public StringProperty accentProperty() {
        return accent;
    }

    public ZoneId id() {
        return id;
    }

    public ReadOnlyObjectProperty<ZoneKind> kindProperty() {
        return kind.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    public String name() {
        return name.get();
    }

    /** The user's colour as {@code #rrggbb}, or empty for the kind's default. */
    public ReadOnlyObjectProperty<Optional<String>> colorProperty() {
        return color.getReadOnlyProperty();
    }

    /** 0 for a top-level zone, 1 for a zone inside it, and so on; skins stack deeper zones on top. */
    public ReadOnlyIntegerProperty depthProperty() {
        return depth;
    }

    public ReadOnlyDoubleProperty xProperty() {
        return x;
    }

    public ReadOnlyDoubleProperty yProperty() {
        return y;
    }

    public ReadOnlyDoubleProperty widthProperty() {
        return width;
    }

    public ReadOnlyDoubleProperty heightProperty() {
        return height;
    }

    /** The displayed rectangle. */
    public Bounds bounds() {
        return new Bounds(x.get(), y.get(), width.get(), height.get());
    }

    public ReadOnlyBooleanProperty selectedProperty() {
        return selected;
    }

    public boolean isSelected() {
        return selected.get();
    }

    void setSelected(boolean value) {
        selected.set(value);
    }
}
