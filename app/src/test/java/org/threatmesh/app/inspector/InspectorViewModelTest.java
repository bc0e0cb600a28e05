package org.threatmesh.app.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.threatmesh.app.canvas.CanvasViewModel;
import org.threatmesh.app.editing.EditingSession;
import org.threatmesh.app.testing.Fixtures;
import org.threatmesh.model.EdgeId;
import org.threatmesh.model.ElementType;
import org.threatmesh.model.ModelId;
import org.threatmesh.model.NodeId;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.attr.AttributeCatalog;
import org.threatmesh.model.attr.AttributeKey;
import org.threatmesh.model.attr.EdgeAttributes;
import org.threatmesh.model.attr.TlsMode;
import org.threatmesh.model.attr.WorkloadAttributes;

class InspectorViewModelTest {

    private static final NodeId CART = NodeId.of("n-cart");
    private static final NodeId ORDERS = NodeId.of("n-orders");

    private final EditingSession session = new EditingSession(Fixtures.sample());
    private final CanvasViewModel canvas = new CanvasViewModel(session);
    private final InspectorViewModel inspector = new InspectorViewModel(session, canvas.selection());

    @Test
    void listsEveryCatalogAttributeOfTheSelectedNodeKind() {
        canvas.select(CART);

        assertThat(inspector.rows()).extracting(PropertyRow::key)
                .containsExactlyElementsOf(AttributeCatalog.forNode(NodeKind.SERVICE));
        assertThat(inspector.titleProperty().get()).isEqualTo("Cart");
        assertThat(inspector.subtitleProperty().get()).isEqualTo("Service · n-cart");
        assertThat(inspector.row("replicas").orElseThrow().text()).isEqualTo("2");
        assertThat(inspector.row("meshMode").orElseThrow().text()).isEqualTo("sidecar");
        assertThat(inspector.row("runsAsRoot").orElseThrow().text()).isEqualTo("no");
    }

    @Test
    void withNothingSelectedItInspectsTheModel() {
        assertThat(inspector.targets()).containsExactly(ModelId.MODEL);
        assertThat(inspector.rows()).extracting(PropertyRow::key)
                .containsExactlyElementsOf(AttributeCatalog.forElement(ElementType.MODEL));
        assertThat(inspector.nameProperty().get()).isEqualTo("Online shop");
    }

    @Test
    void enumChoicesStartWithUnknownAndChoosingSetsOrClears() {
        canvas.select(EdgeId.of("e-cart-store"));
        PropertyRow tls = inspector.row("tls").orElseThrow();
        assertThat(tls.choices()).first().isEqualTo("unknown");
        assertThat(tls.choices()).hasSize(TlsMode.values().length + 1);

        tls.choose("mtls");

        assertThat(session.current().edges().get(EdgeId.of("e-cart-store")).get(EdgeAttributes.TLS).value())
                .isEqualTo(TlsMode.MTLS);
        assertThat(tls.text()).isEqualTo("mtls");
        assertThat(session.undoDescriptionProperty().get()).isEqualTo("Set tls");

        tls.choose("unknown");

        assertThat(session.current().edges().get(EdgeId.of("e-cart-store")).get(EdgeAttributes.TLS).isUnknown())
                .isTrue();
        assertThat(session.undoDescriptionProperty().get()).isEqualTo("Clear tls");
    }

    @Test
    void booleansAreTriState() {
        canvas.select(CART);
        PropertyRow root = inspector.row("runsAsRoot").orElseThrow();
        assertThat(root.choices()).containsExactly("unknown", "yes", "no");

        root.choose("yes");
        assertThat(session.current().nodes().get(CART).get(WorkloadAttributes.RUNS_AS_ROOT).value()).isTrue();
        root.choose("unknown");
        assertThat(session.current().nodes().get(CART).get(WorkloadAttributes.RUNS_AS_ROOT).isUnknown()).isTrue();
    }

    @Test
    void keystrokesInOneFieldSessionMergeIntoOneUndoStep() {
        canvas.select(CART);
        PropertyRow replicas = inspector.row("replicas").orElseThrow();

        replicas.type("1", "s1");
        replicas.type("12", "s1");

        assertThat(session.current().nodes().get(CART).get(WorkloadAttributes.REPLICAS).value()).isEqualTo(12);
        assertThat(session.history()).containsExactly("Set replicas");

        replicas.type("3", "s2");

        assertThat(session.history()).containsExactly("Set replicas", "Set replicas");
        session.undo();
        assertThat(session.current().nodes().get(CART).get(WorkloadAttributes.REPLICAS).value()).isEqualTo(12);
        session.undo();
        assertThat(session.current().nodes().get(CART).get(WorkloadAttributes.REPLICAS).value()).isEqualTo(2);
        assertThat(replicas.text()).isEqualTo("2");
    }

    @Test
    void invalidInputShowsTheCatalogsMessageAndChangesNothing() {
        canvas.select(EdgeId.of("e-cart-store"));
        PropertyRow port = inspector.row("port").orElseThrow();

        port.type("70000", "s1");

        assertThat(port.error()).isEqualTo("port must be within 1..65535, was 70000");
        assertThat(session.history()).isEmpty();

        port.type("63x", "s1");
        assertThat(port.error()).isEqualTo("port must be a whole number");

        port.type("6379", "s1");
        assertThat(port.error()).isEmpty();
        assertThat(session.current().edges().get(EdgeId.of("e-cart-store")).get(EdgeAttributes.PORT).value())
                .isEqualTo(6379);
    }

    @Test
    void multiSelectionShowsSharedAttributesMixedValuesAndEditsAllAtOnce() {
        canvas.selectAll(List.of(CART, NodeId.of("n-orders-db")));
        List<AttributeKey<?>> shared = new java.util.ArrayList<>(AttributeCatalog.forNode(NodeKind.SERVICE));
        shared.retainAll(AttributeCatalog.forNode(NodeKind.DATASTORE));

        assertThat(inspector.rows()).extracting(PropertyRow::key).containsExactlyElementsOf(shared);
        assertThat(inspector.titleProperty().get()).isEqualTo("2 elements");
        PropertyRow sensitivity = inspector.row("dataSensitivity").orElseThrow();
        assertThat(sensitivity.mixedProperty().get()).isTrue();

        sensitivity.choose("highly sensitive");

        assertThat(sensitivity.mixedProperty().get()).isFalse();
        assertThat(sensitivity.text()).isEqualTo("highly sensitive");
        assertThat(session.history()).containsExactly("Set dataSensitivity on 2 elements");
    }

    @Test
    void renameFromTheInspectorMergesKeystrokesAndRequiresAName() {
        canvas.select(ORDERS);

        inspector.rename("Ord", "s1");
        inspector.rename("Order service", "s1");

        assertThat(session.current().nodes().get(ORDERS).name()).isEqualTo("Order service");
        assertThat(session.history()).containsExactly("Rename to \"Order service\"");

        inspector.rename("", "s1");

        assertThat(inspector.nameErrorProperty().get()).isEqualTo("A name is required");
        assertThat(session.current().nodes().get(ORDERS).name()).isEqualTo("Order service");
    }

    @Test
    void textListsAndVersionsRoundTrip() {
        canvas.select(EdgeId.of("e-frontend-cart"));
        inspector.row("methods").orElseThrow().type("GET, POST ,, DELETE", "s1");
        assertThat(session.current().edges().get(EdgeId.of("e-frontend-cart")).get(EdgeAttributes.METHODS).value())
                .containsExactly("GET", "POST", "DELETE");
        assertThat(inspector.row("methods").orElseThrow().text()).isEqualTo("GET, POST, DELETE");

        canvas.select(CART);
        PropertyRow versions = inspector.row("versions").orElseThrow();
        versions.type("v1 90% monitored, v2 10%", "s2");
        assertThat(versions.error()).isEmpty();
        assertThat(versions.text()).isEqualTo("v1 90% monitored, v2 10%");
        versions.type("v1 ninety", "s2");
        assertThat(versions.error()).startsWith("versions: write each version as 'id weight%'");
    }
}
