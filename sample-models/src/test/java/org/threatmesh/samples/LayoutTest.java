package org.threatmesh.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.threatmesh.model.Bounds;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeId;
import org.threatmesh.model.Point;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.TrustZone;
import org.threatmesh.model.ZoneId;
import org.threatmesh.model.ZoneLayout;

/** The samples read well at fit-to-window: every element placed, nothing overlapping, zones enclosing their content. */
class LayoutTest {

    /** The size the canvas draws a node at, from its top-left position. */
    static final double NODE_WIDTH = 160;
    static final double NODE_HEIGHT = 60;
    static final double GRID = 10;

    static Stream<Sample> samples() {
        return SampleCatalog.all().stream();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everyNodeAndZoneHasAPlaceOnTheGrid(Sample sample) {
        ThreatModel model = sample.load();
        for (NodeId id : model.nodes().keySet()) {
            Optional<Point> position = model.layout().node(id);
            assertThat(position).as(sample.id() + ": position of " + id).isPresent();
            assertThat(onGrid(position.get().x()) && onGrid(position.get().y())).as(sample.id() + ": " + id + " on grid").isTrue();
        }
        for (ZoneId id : model.zones().keySet()) {
            Optional<ZoneLayout> zone = model.layout().zone(id);
            assertThat(zone).as(sample.id() + ": rectangle of " + id).isPresent();
            Bounds b = zone.get().bounds();
            assertThat(onGrid(b.x()) && onGrid(b.y()) && onGrid(b.width()) && onGrid(b.height()))
                    .as(sample.id() + ": " + id + " on grid").isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void noTwoNodesOverlap(Sample sample) {
        ThreatModel model = sample.load();
        List<Map.Entry<NodeId, Point>> placed = new ArrayList<>(model.layout().nodes().entrySet());
        for (int i = 0; i < placed.size(); i++) {
            for (int j = i + 1; j < placed.size(); j++) {
                Point a = placed.get(i).getValue();
                Point b = placed.get(j).getValue();
                boolean overlap = a.x() < b.x() + NODE_WIDTH && b.x() < a.x() + NODE_WIDTH
                        && a.y() < b.y() + NODE_HEIGHT && b.y() < a.y() + NODE_HEIGHT;
                assertThat(overlap).as(sample.id() + ": " + placed.get(i).getKey() + " overlaps "
                        + placed.get(j).getKey()).isFalse();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everyNodeLiesInsideItsZone(Sample sample) {
        ThreatModel model = sample.load();
        for (Node node : model.nodes().values()) {
            Point p = model.layout().node(node.id()).orElseThrow();
            Bounds box = new Bounds(p.x(), p.y(), NODE_WIDTH, NODE_HEIGHT);
            if (node.zone().isPresent()) {
                Bounds zone = model.layout().zone(node.zone().get()).orElseThrow().bounds();
                assertThat(inside(box, zone)).as(sample.id() + ": " + node.id() + " inside " + node.zone().get()).isTrue();
            }
            // A node is drawn in no zone it does not belong to (ancestors of its own zone excepted).
            for (TrustZone zone : model.zones().values()) {
                if (isSameOrAncestor(model, zone.id(), node.zone())) {
                    continue;
                }
                Bounds other = model.layout().zone(zone.id()).orElseThrow().bounds();
                assertThat(intersects(box, other)).as(sample.id() + ": " + node.id() + " drawn over " + zone.id()).isFalse();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everyZoneLiesInsideItsParentAndApartFromItsSiblings(Sample sample) {
        ThreatModel model = sample.load();
        List<TrustZone> zones = new ArrayList<>(model.zones().values());
        for (TrustZone zone : zones) {
            Bounds own = model.layout().zone(zone.id()).orElseThrow().bounds();
            zone.parent().ifPresent(parent -> assertThat(
                    inside(own, model.layout().zone(parent).orElseThrow().bounds()))
                    .as(sample.id() + ": " + zone.id() + " inside " + parent).isTrue());
            for (TrustZone other : zones) {
                if (other.id().equals(zone.id()) || !other.parent().equals(zone.parent())) {
                    continue;
                }
                Bounds theirs = model.layout().zone(other.id()).orElseThrow().bounds();
                assertThat(intersects(own, theirs)).as(sample.id() + ": " + zone.id() + " overlaps " + other.id()).isFalse();
            }
        }
    }

    private static boolean isSameOrAncestor(ThreatModel model, ZoneId candidate, Optional<ZoneId> zone) {
        Optional<ZoneId> current = zone;
        while (current.isPresent()) {
            if (current.get().equals(candidate)) {
                return true;
            }
            current = model.zone(current.get()).flatMap(TrustZone::parent);
        }
        return false;
    }

    private static boolean onGrid(double value) {
        return Math.abs(value / GRID - Math.rint(value / GRID)) < 1e-9;
    }

    private static boolean inside(Bounds inner, Bounds outer) {
        return inner.x() >= outer.x() && inner.y() >= outer.y() && inner.maxX() <= outer.maxX()
                && inner.maxY() <= outer.maxY();
    }

    private static boolean intersects(Bounds a, Bounds b) {
        return a.x() < b.maxX() && b.x() < a.maxX() && a.y() < b.maxY() && b.y() < a.maxY();
    }
}
