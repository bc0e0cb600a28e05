package org.threatmesh.app.palette;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.threatmesh.app.canvas.CanvasViewModel;
import org.threatmesh.app.editing.EditingSession;
import org.threatmesh.app.testing.Fixtures;
import org.threatmesh.model.NodeId;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.Point;
import org.threatmesh.model.ZoneId;
import org.threatmesh.model.ZoneKind;

class PaletteViewModelTest {

    private final EditingSession session = new EditingSession(Fixtures.small());
    private final CanvasViewModel canvas = new CanvasViewModel(session);
    private final PaletteViewModel palette = new PaletteViewModel(canvas);

    @Test
    void offersEveryNodeKindAndZoneKind() {
        assertThat(palette.entries()).hasSize(NodeKind.values().length + ZoneKind.values().length);
        assertThat(palette.entries().stream().flatMap(e -> e.nodeKind().stream()).toList())
                .containsExactly(NodeKind.values());
        assertThat(palette.entries().get(0).fxId()).isEqualTo("palette-external_client");
    }

    @Test
    void filterMatchesLabelsAndDescriptions() {
        palette.filterProperty().set("gateway");

        assertThat(palette.entries()).extracting(PaletteEntry::label)
                .containsExactly("API gateway", "Ingress gateway", "Egress gateway");

        palette.filterProperty().set("kafka");
        assertThat(palette.entries()).extracting(PaletteEntry::label).containsExactly("Message broker");
    }

    @Test
    void dropPlacesAtThePointAndClickPlacesInTheViewCentre() {
        PaletteEntry service = palette.entries().stream().filter(e -> e.nodeKind().equals(
                java.util.Optional.of(NodeKind.SERVICE))).findFirst().orElseThrow();
        canvas.viewport().viewWidthProperty().set(1000);
        canvas.viewport().viewHeightProperty().set(800);

        assertThat(palette.drop(service, new Point(900, 500))).contains(NodeId.of("n-service"));
        assertThat(session.current().layout().node(NodeId.of("n-service"))).contains(new Point(820, 480));

        assertThat(palette.place(service)).contains(NodeId.of("n-service-2"));
        assertThat(session.current().layout().node(NodeId.of("n-service-2"))).contains(new Point(420, 380));
    }

    @Test
    void zoneEntriesCreateDefaultSizedZones() {
        PaletteEntry dmz = palette.entries().stream().filter(e -> e.zoneKind().equals(
                java.util.Optional.of(ZoneKind.PARTNER))).findFirst().orElseThrow();

        assertThat(palette.drop(dmz, new Point(1200, 1000))).contains(ZoneId.of("z-partner-network"));
        assertThat(session.current().layout().zone(ZoneId.of("z-partner-network")).orElseThrow().bounds().width())
                .isEqualTo(360.0);
        assertThat(Arrays.stream(ZoneKind.values()).map(k -> "palette-zone-" + k.wireName()).toList())
                .contains(dmz.fxId());
    }
}
