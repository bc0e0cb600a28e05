package org.threatmesh.app.canvas;

import javafx.beans.InvalidationListener;
import javafx.css.PseudoClass;
import javafx.scene.CacheHint;
import javafx.scene.Group;
import javafx.scene.Parent;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import org.threatmesh.model.Bounds;
import org.threatmesh.model.ElementId;

/**
 * A node: a rounded box with the kind's icon, the name and the kind, plus a connection port on the right edge
 * from which calls are drawn. Its JavaFX id is {@code node-<id>}, the port's {@code port-<id>}.
 */
public final class NodeSkin implements ElementSkin {

    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    private final NodeViewModel vm;
    private final Group root = new Group();
    private final Text name = new Text();
    private final Text kind = new Text();
    private final Group icon;
    private final Circle port;
    private final InvalidationListener selectionListener;
    private final InvalidationListener nameListener;

    public NodeSkin(NodeViewModel vm) {
        this.vm = vm;
        root.setId(SkinFactory.fxId("node", vm.id().value()));
        root.getStyleClass().addAll("node-skin", "kind-" + vm.kind().wireName().replace('_', '-'));
        root.getProperties().put(SKIN_KEY, this);
        Rectangle box = new Rectangle(NodeViewModel.WIDTH, NodeViewModel.HEIGHT);
        box.setArcWidth(12);
        box.setArcHeight(12);
        box.getStyleClass().add("node-box");
        Rectangle stripe = new Rectangle(4, NodeViewModel.HEIGHT - 16);
        stripe.setLayoutX(0);
        stripe.setLayoutY(8);
        stripe.getStyleClass().add("node-stripe");
        icon = SkinFactory.icon(vm.kind().wireName(), 26);
        icon.setLayoutX(12);
        icon.setLayoutY((NodeViewModel.HEIGHT - 26) / 2);
        icon.getStyleClass().add("node-icon");
        name.getStyleClass().add("node-name");
        name.setLayoutX(48);
        name.setLayoutY(25);
        kind.getStyleClass().add("node-kind");
        kind.setLayoutX(48);
        kind.setLayoutY(42);
        kind.setText(vm.kind().displayName());
        port = new Circle(6);
        port.setId(SkinFactory.fxId("port", vm.id().value()));
        port.getStyleClass().add("node-port");
        port.setCenterX(NodeViewModel.WIDTH);
        port.setCenterY(NodeViewModel.HEIGHT / 2);
        port.getProperties().put(SKIN_KEY + ".port", Boolean.TRUE);
        root.getChildren().addAll(box, stripe, icon, name, kind, port);
        selectionListener = obs -> root.pseudoClassStateChanged(SELECTED, vm.isSelected());
        nameListener = obs -> name.setText(SkinFactory.truncate(vm.name(), 15));
    }

    @Override
    public ElementId elementId() {
        return vm.id();
    }

    public NodeViewModel viewModel() {
        return vm;
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void attach() {
        root.layoutXProperty().bind(vm.xProperty());
        root.layoutYProperty().bind(vm.yProperty());
        vm.selectedProperty().addListener(selectionListener);
        vm.nameProperty().addListener(nameListener);
        selectionListener.invalidated(null);
        nameListener.invalidated(null);
    }

    @Override
    public void detach() {
        root.layoutXProperty().unbind();
        root.layoutYProperty().unbind();
        vm.selectedProperty().removeListener(selectionListener);
        vm.nameProperty().removeListener(nameListener);
    }

    @Override
    public boolean overlaps(double minX, double minY, double maxX, double maxY) {
        double x = vm.x();
        double y = vm.y();
        return x <= maxX && x + NodeViewModel.WIDTH >= minX && y <= maxY && y + NodeViewModel.HEIGHT >= minY;
    }

    @Override
    public Bounds diagramBounds() {
        return new Bounds(vm.x(), vm.y(), NodeViewModel.WIDTH, NodeViewModel.HEIGHT);
    }

    /**
     * While the view moves, the node is drawn as one bitmap of itself, scaled as the zoom changes, instead of
     * rasterising its texts and icon afresh at every new scale (a third of the software renderer's zoom frame);
     * the resting frame draws it crisply again.
     */
    @Override
    public void setInteracting(boolean interacting) {
        root.setCacheHint(interacting ? CacheHint.SCALE : CacheHint.DEFAULT);
        root.setCache(interacting);
    }

    @Override
    public boolean isDetailedShown() {
        return name.isVisible();
    }

    @Override
    public void setDetailed(boolean detailed) {
        name.setVisible(detailed);
        kind.setVisible(detailed);
        icon.setVisible(detailed);
    }
}
