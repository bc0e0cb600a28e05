package org.threatmesh.app.canvas;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.threatmesh.model.Edge;
import org.threatmesh.model.EdgeId;
import org.threatmesh.model.attr.EdgeAttributes;

/**
 * What an edge skin shows: its two endpoint node view-models (whose displayed positions it follows) and a label
 * made of the call's name and protocol. Edges never change endpoints, so the endpoints are fixed.
 */
public final class EdgeViewModel {

    private final EdgeId id;
    private final NodeViewModel source;
    private final NodeViewModel target;
    private final ReadOnlyStringWrapper label = new ReadOnlyStringWrapper(this, "label");
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper(this, "name");
    private final BooleanProperty selected = new SimpleBooleanProperty(this, "selected");
    private final javafx.beans.property.StringProperty accent =
            new javafx.beans.property.SimpleStringProperty(this, "accent");

    EdgeViewModel(Edge edge, NodeViewModel source, NodeViewModel target) {
        this.id = edge.id();
        this.source = source;
        this.target = target;
        update(edge);
    }

    void update(Edge edge) {
        name.set(edge.name());
        String protocol = edge.get(EdgeAttributes.PROTOCOL).asOptional().map(p -> p.wireName().toUpperCase())
                .orElse("");
        label.set(edge.name().isEmpty() ? protocol
                : protocol.isEmpty() ? edge.name() : edge.name() + " · " + protocol);
    }

    /**
     * A highlight that layers on top of the canvas ask the call's own line to show, as a CSS pseudo-class name (for
     * example {@code severity-high} from the findings overlay); {@code null} for none. Colouring the line itself,
     * rather than drawing a second shape under it, keeps the renderer's work per call constant.
     */
    public javafx.beans.property.StringProperty accentProperty() {
        return accent;
    }

    public EdgeId id() {
        return id;
    }

    public NodeViewModel source() {
        return source;
    }

    public NodeViewModel target() {
        return target;
    }

    /** "name · PROTOCOL", either part left out when unknown. */
    public ReadOnlyStringProperty labelProperty() {
        return label.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
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
