package org.threatmesh.app.canvas;

import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeId;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.Point;
import org.threatmesh.model.ZoneId;

/**
 * What a node skin shows: name, kind and the displayed top-left position, which follows the model except while
 * a drag is being previewed. Owned and updated by {@link CanvasViewModel}; skins only read it.
 */
public final class NodeViewModel {

    /** Width of a node box in diagram units. */
    public static final double WIDTH = 160;
    /** Height of a node box in diagram units. */
    public static final double HEIGHT = 56;

    private final NodeId id;
    private final NodeKind kind;
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper(this, "name");
    private final ReadOnlyObjectWrapper<Optional<ZoneId>> zone = new ReadOnlyObjectWrapper<>(this, "zone");
    private final DoubleProperty x = new SimpleDoubleProperty(this, "x");
    private final DoubleProperty y = new SimpleDoubleProperty(this, "y");
    private final BooleanProperty selected = new SimpleBooleanProperty(this, "selected");
    private Point modelPosition;

    NodeViewModel(Node node, Point position) {
        this.id = node.id();
        this.kind = node.kind();
        update(node, position);
    }

    void update(Node node, Point position) {
        name.set(node.name());
        zone.set(node.zone());
        modelPosition = position;
        x.set(position.x());
        y.set(position.y());
    }

    /** Shows the node displaced by a drag that has not been committed yet. */
    void preview(double dx, double dy) {
        x.set(modelPosition.x() + dx);
        y.set(modelPosition.y() + dy);
    }

    /** Where the model has the node, ignoring any drag preview. */
    Point modelPosition() {
        return modelPosition;
    }

    public NodeId id() {
        return id;
    }

    public NodeKind kind() {
        return kind;
    }

    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    public String name() {
        return name.get();
    }

    public ReadOnlyObjectProperty<Optional<ZoneId>> zoneProperty() {
        return zone.getReadOnlyProperty();
    }

    /** Displayed left edge in diagram units. */
    public ReadOnlyDoubleProperty xProperty() {
        return x;
    }

    /** Displayed top edge in diagram units. */
    public ReadOnlyDoubleProperty yProperty() {
        return y;
    }

    public double x() {
        return x.get();
    }

    public double y() {
        return y.get();
    }

    public double centerX() {
        return x.get() + WIDTH / 2;
    }

    public double centerY() {
        return y.get() + HEIGHT / 2;
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
