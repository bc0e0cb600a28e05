package org.threatmesh.app.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.threatmesh.app.canvas.CanvasViewModel;
import org.threatmesh.app.canvas.DiagramGeometry;
import org.threatmesh.app.canvas.NodeViewModel;
import org.threatmesh.app.editing.EditingSession;
import org.threatmesh.app.testing.Fixtures;
import org.threatmesh.app.ui.UiExecutors;
import org.threatmesh.model.Bounds;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeId;
import org.threatmesh.model.Point;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.TrustZone;

class LayoutViewModelTest {

    private final EditingSession session = new EditingSession(Fixtures.sample());
    private final CanvasViewModel canvas = new CanvasViewModel(session);
    private final LayoutViewModel layout = new LayoutViewModel(session, canvas, UiExecutors.direct());

    @Test
    void relayoutAllIsOneStepAndKeepsEveryNodeInsideItsZones() {
        layout.relayoutAll();

        assertThat(session.history()).containsExactly("Re-layout all");
        ThreatModel after = session.current();
        assertThat(after.layout()).isNotEqualTo(Fixtures.sample().layout());
        for (Node node : after.nodes().values()) {
            Bounds box = DiagramGeometry.nodeBounds(after, node.id());
            node.zone().ifPresent(zone -> assertThat(DiagramGeometry.encloses(
                    DiagramGeometry.zoneBounds(after, zone).orElseThrow(), box)).as(node.id() + " in " + zone).isTrue());
        }
        for (TrustZone zone : after.zones().values()) {
            zone.parent().ifPresent(parent -> assertThat(DiagramGeometry.encloses(
                    DiagramGeometry.zoneBounds(after, parent).orElseThrow(),
                    DiagramGeometry.zoneBounds(after, zone.id()).orElseThrow())).isTrue());
        }
        assertThat(overlaps(after)).isZero();
        session.undo();
        assertThat(session.current()).isEqualTo(Fixtures.sample());
    }

    @Test
    void autoLayoutOfTheSelectionKeepsEveryOtherManualPosition() {
        canvas.selectAll(List.of(NodeId.of("n-cart"), NodeId.of("n-catalog"), NodeId.of("n-orders")));

        layout.autoLayout();

        ThreatModel after = session.current();
        assertThat(session.history()).containsExactly("Auto-layout 3 elements");
        for (NodeId id : after.nodes().keySet()) {
            if (!List.of("n-cart", "n-catalog", "n-orders").contains(id.value())) {
                assertThat(after.layout().node(id)).isEqualTo(Fixtures.sample().layout().node(id));
            }
        }
        // The laid-out group keeps its top-left corner where the selection's was.
        assertThat(DiagramGeometry.union(after, canvas.selection().ids()).orElseThrow().x()).isEqualTo(830.0);
        assertThat(DiagramGeometry.union(after, canvas.selection().ids()).orElseThrow().y()).isEqualTo(60.0);
    }

    @Test
    void withNothingSelectedOrUnplacedItSaysWhatToDo() {
        layout.autoLayout();

        assertThat(session.history()).isEmpty();
        assertThat(canvas.messageProperty().get()).isEqualTo("Select what to lay out, or use Re-layout all");
    }

    @Test
    void elementsWithoutPositionsArePlacedWhenAModelIsOpened() {
        ThreatModel bare = Fixtures.small().withLayout(org.threatmesh.model.Layout.empty());

        ThreatModel placed = AutoLayout.placeUnplaced(bare);

        assertThat(placed.layout().nodes().keySet()).containsExactlyElementsOf(bare.nodes().keySet());
        assertThat(placed.layout().zones().keySet()).containsExactlyElementsOf(bare.zones().keySet());
        assertThat(DiagramGeometry.encloses(DiagramGeometry.zoneBounds(placed, org.threatmesh.model.ZoneId.of("z-dmz"))
                .orElseThrow(), DiagramGeometry.nodeBounds(placed, NodeId.of("n-gw")))).isTrue();
        ThreatModel complete = Fixtures.small();
        assertThat(AutoLayout.placeUnplaced(complete)).isSameAs(complete);
    }

    private static int overlaps(ThreatModel model) {
        List<Point> corners = model.layout().nodes().values().stream().toList();
        int count = 0;
        for (int i = 0; i < corners.size(); i++) {
            for (int j = i + 1; j < corners.size(); j++) {
                if (Math.abs(corners.get(i).x() - corners.get(j).x()) < NodeViewModel.WIDTH
                        && Math.abs(corners.get(i).y() - corners.get(j).y()) < NodeViewModel.HEIGHT) {
                    count++;
                }
            }
        }
        return count;
    }
}
