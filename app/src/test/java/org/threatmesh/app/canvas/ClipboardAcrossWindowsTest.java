package org.threatmesh.app.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.threatmesh.app.editing.EditingSession;
import org.threatmesh.app.testing.Fixtures;
import org.threatmesh.model.EdgeId;
import org.threatmesh.model.ElementId;
import org.threatmesh.model.NodeId;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.ZoneId;
import org.threatmesh.model.attr.EdgeAttributes;
import org.threatmesh.model.attr.TlsMode;

/** Copy in one window, paste in another: the elements travel through a shared clipboard as a text fragment. */
class ClipboardAcrossWindowsTest {

    private static final NodeId GW = NodeId.of("n-gw");
    private static final NodeId A = NodeId.of("n-a");
    private static final NodeId B = NodeId.of("n-b");

    private final ClipboardPort shared = ClipboardPort.inMemory();
    private final EditingSession first = new EditingSession(Fixtures.small());
    private final CanvasViewModel firstCanvas = new CanvasViewModel(first);
    private final EditingSession second = new EditingSession(ThreatModel.empty("Other"));
    private final CanvasViewModel secondCanvas = new CanvasViewModel(second);

    ClipboardAcrossWindowsTest() {
        firstCanvas.clipboard().usePort(shared);
        secondCanvas.clipboard().usePort(shared);
    }

    @Test
    void elementsCopiedInOneWindowPasteIntoAnotherWithCallsAttributesAndLayout() {
        firstCanvas.creation().connect(A, B);
        EdgeId call = first.current().edges().firstKey();
        first.execute(org.threatmesh.model.edit.SetAttributeCommand.of(call, EdgeAttributes.TLS, TlsMode.MTLS));
        firstCanvas.selectAll(List.of(A, B));
        firstCanvas.clipboard().copy();

        List<ElementId> pasted = secondCanvas.clipboard().paste();

        ThreatModel other = second.current();
        assertThat(pasted).containsExactly(NodeId.of("n-a"), NodeId.of("n-b"), EdgeId.of("e-a-b"));
        assertThat(other.edges().get(EdgeId.of("e-a-b")).get(EdgeAttributes.TLS).is(TlsMode.MTLS)).isTrue();
        assertThat(other.nodes().get(A).name()).isEqualTo(first.current().nodes().get(A).name());
        assertThat(other.layout().node(A)).contains(first.current().layout().node(A).orElseThrow().plus(40, 40));
        assertThat(second.history()).containsExactly("Paste 3 elements");
    }

    @Test
    void aNodeCopiedOutOfItsZoneReturnsToThatZoneWhereItExistsAndStaysTopLevelElsewhere() {
        firstCanvas.select(GW);
        firstCanvas.clipboard().copy();

        firstCanvas.clipboard().paste();
        secondCanvas.clipboard().paste();

        assertThat(first.current().nodes().get(NodeId.of("n-gw-2")).zone()).contains(ZoneId.of("z-dmz"));
        assertThat(second.current().nodes().get(GW).zone()).isEmpty();
    }

    @Test
    void aZoneTravelsWithItsContents() {
        firstCanvas.select(ZoneId.of("z-dmz"));
        firstCanvas.clipboard().copy();

        secondCanvas.clipboard().paste();

        assertThat(second.current().zones()).containsKey(ZoneId.of("z-dmz"));
        assertThat(second.current().nodes().get(GW).zone()).contains(ZoneId.of("z-dmz"));
    }

    @Test
    void textThatIsNotAFragmentPastesNothingAndSaysSo() {
        shared.put("{\"nodes\": [\"not a fragment\"]}");

        assertThat(secondCanvas.clipboard().paste()).isEmpty();
        assertThat(second.history()).isEmpty();
        assertThat(secondCanvas.messageProperty().get()).isEqualTo("The clipboard holds no ThreatMesh elements");

        shared.put("{\"format\": \"threatmesh-fragment\", \"version\": 1, \"model\": {\"broken\": true}}");
        assertThat(secondCanvas.clipboard().paste()).isEmpty();
        assertThat(second.history()).isEmpty();
    }
}
