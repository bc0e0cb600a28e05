package org.threatmesh.app.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.threatmesh.app.editing.EditingSession;
import org.threatmesh.app.testing.Fixtures;
import org.threatmesh.model.Bounds;
import org.threatmesh.model.EdgeId;
import org.threatmesh.model.NodeId;
import org.threatmesh.model.ZoneId;
import org.threatmesh.model.edit.RenameCommand;

class CanvasViewModelTest {

    private final EditingSession session = new EditingSession(Fixtures.sample());
    private final CanvasViewModel canvas = new CanvasViewModel(session);

    @Test
    void showsEveryElementOfTheModel() {
        assertThat(canvas.nodes().keySet()).containsExactlyElementsOf(session.current().nodes().keySet());
        assertThat(canvas.edges().keySet()).containsExactlyElementsOf(session.current().edges().keySet());
        assertThat(canvas.zones().keySet()).containsExactlyElementsOf(session.current().zones().keySet());
        assertThat(canvas.nodes()).hasSize(17);
        assertThat(canvas.edges()).hasSize(17);
        assertThat(canvas.zones()).hasSize(5);
        NodeViewModel cart = canvas.nodes().get(NodeId.of("n-cart"));
        assertThat(cart.x()).isEqualTo(830.0);
        assertThat(cart.y()).isEqualTo(200.0);
        assertThat(canvas.zones().get(ZoneId.of("z-ns-shop")).depthProperty().get()).isEqualTo(1);
    }

    @Test
    void exposesTheSameObservableViewsOnEveryCallSoListenersSurviveGarbageCollection() {
        // Unmodifiable wrappers listen weakly to their source: a wrapper made per call is collected together with
        // the skins' listeners, and the canvas silently stops showing new elements.
        assertThat(canvas.nodes()).isSameAs(canvas.nodes());
        assertThat(canvas.edges()).isSameAs(canvas.edges());
        assertThat(canvas.zones()).isSameAs(canvas.zones());
        assertThat(canvas.selection().ids()).isSameAs(canvas.selection().ids());
    }

    @Test
    void reconcilesByIdKeepingUntouchedViewModels() {
        NodeViewModel cart = canvas.nodes().get(NodeId.of("n-cart"));
        NodeViewModel orders = canvas.nodes().get(NodeId.of("n-orders"));

        session.execute(new RenameCommand(NodeId.of("n-cart"), "Basket"));

        assertThat(canvas.nodes().get(NodeId.of("n-cart"))).isSameAs(cart);
        assertThat(cart.name()).isEqualTo("Basket");
        assertThat(canvas.nodes().get(NodeId.of("n-orders"))).isSameAs(orders);
    }

    @Test
    void deletingANodeTakesItsCallsInOneUndoStep() {
        canvas.select(NodeId.of("n-orders"));

        canvas.deleteSelection();

        assertThat(session.current().nodes()).doesNotContainKey(NodeId.of("n-orders"));
        assertThat(canvas.nodes()).hasSize(16);
        assertThat(canvas.edges().keySet()).doesNotContain(EdgeId.of("e-frontend-orders"), EdgeId.of("e-orders-db"),
                EdgeId.of("e-orders-payments"), EdgeId.of("e-orders-broker"), EdgeId.of("e-shipping-orders"));
        assertThat(canvas.edges()).hasSize(12);
        assertThat(canvas.selection().ids()).isEmpty();
        assertThat(session.history()).containsExactly("Delete n-orders");

        session.undo();

        assertThat(canvas.nodes()).hasSize(17);
        assertThat(canvas.edges()).hasSize(17);
        assertThat(session.current()).isEqualTo(Fixtures.sample());
    }

    @Test
    void clickSelectsCtrlClickTogglesAndSelectionFlagsFollow() {
        canvas.select(NodeId.of("n-cart"));
        canvas.toggleSelection(NodeId.of("n-orders"));
        canvas.toggleSelection(EdgeId.of("e-orders-db"));

        assertThat(canvas.selection().snapshot()).containsExactly(NodeId.of("n-cart"), NodeId.of("n-orders"),
                EdgeId.of("e-orders-db"));
        assertThat(canvas.nodes().get(NodeId.of("n-cart")).isSelected()).isTrue();
        assertThat(canvas.edges().get(EdgeId.of("e-orders-db")).isSelected()).isTrue();

        canvas.toggleSelection(NodeId.of("n-cart"));
        canvas.select(ZoneId.of("z-ns-edge"));

        assertThat(canvas.selection().snapshot()).containsExactly(ZoneId.of("z-ns-edge"));
        assertThat(canvas.nodes().get(NodeId.of("n-cart")).isSelected()).isFalse();
        assertThat(canvas.nodes().get(NodeId.of("n-orders")).isSelected()).isFalse();
        assertThat(canvas.zones().get(ZoneId.of("z-ns-edge")).isSelected()).isTrue();
    }

    @Test
    void rubberBandSelectsWhatLiesFullyInsideAndTheCallsBetween() {
        // Cart (830,200) and Cart store (1060,200) with the call between them; nothing else fits in this band.
        canvas.selectInArea(new Bounds(820, 190, 420, 80), false);

        assertThat(canvas.selection().ids()).containsExactlyInAnyOrder(NodeId.of("n-cart"),
                NodeId.of("n-cart-store"), EdgeId.of("e-cart-store"));

        canvas.selectInArea(new Bounds(820, 50, 180, 80), true);

        assertThat(canvas.selection().ids()).contains(NodeId.of("n-catalog")).hasSize(4);
    }

    @Test
    void selectEverythingSelectsAllElements() {
        canvas.selectEverything();

        assertThat(canvas.selection().ids()).hasSize(17 + 17 + 5);
    }

    @Test
    void renameInPlaceIsOneStepAndBlankNamesAreRefusedWithAReason() {
        canvas.rename(NodeId.of("n-cart"), "  Basket ");

        assertThat(session.current().nodes().get(NodeId.of("n-cart")).name()).isEqualTo("Basket");
        assertThat(session.undoDescriptionProperty().get()).isEqualTo("Rename to \"Basket\"");

        canvas.rename(NodeId.of("n-cart"), "   ");

        assertThat(session.current().nodes().get(NodeId.of("n-cart")).name()).isEqualTo("Basket");
        assertThat(canvas.messageProperty().get()).contains("name must not be blank");
        assertThat(session.history()).hasSize(1);
    }

    @Test
    void zoomToFitShowsTheWholeDiagramAndZoomToSelectionTheSelection() {
        canvas.viewport().viewWidthProperty().set(1000);
        canvas.viewport().viewHeightProperty().set(600);

        canvas.zoomToFit();

        Bounds visible = canvas.viewport().visibleArea();
        assertThat(DiagramGeometry.encloses(visible, DiagramGeometry.contentBounds(session.current()).orElseThrow()))
                .isTrue();
        assertThat(canvas.viewport().scale()).isCloseTo((1000 - 80) / 1540.0, org.assertj.core.data.Offset.offset(1e-9));

        canvas.selectAll(List.of(NodeId.of("n-cart")));
        canvas.zoomToSelection();

        assertThat(canvas.viewport().scale()).isEqualTo(1.0);
        assertThat(canvas.viewport().center().x()).isEqualTo(830 + NodeViewModel.WIDTH / 2);
    }
}
