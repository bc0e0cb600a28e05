package org.threatmesh.app.testing;

import org.threatmesh.app.canvas.CanvasViewModel;
import org.threatmesh.app.editing.EditingSession;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeId;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.Point;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.TrustZone;
import org.threatmesh.model.ZoneId;
import org.threatmesh.model.ZoneKind;
import org.threatmesh.model.ZoneLayout;
import org.threatmesh.model.Bounds;
import org.threatmesh.samples.SampleCatalog;

/** Models shared by the view-model tests. */
public final class Fixtures {

    private Fixtures() {
    }

    /** The built-in default sample: 17 nodes, 17 calls, 5 zones. */
    public static ThreatModel sample() {
        return SampleCatalog.defaultSample().load();
    }

    /**
     * A small drawing: zone {@code z-dmz} at (0,0) 400×300 holding gateway {@code n-gw} at (40,60); services
     * {@code n-a} at (600,60) and {@code n-b} at (600,260) outside any zone; no calls.
     */
    public static ThreatModel small() {
        ThreatModel model = ThreatModel.empty("Small");
        ZoneId dmz = ZoneId.of("z-dmz");
        model = model.withZone(TrustZone.of(dmz, ZoneKind.DMZ, "DMZ"));
        model = model.withNode(Node.of(NodeId.of("n-gw"), NodeKind.API_GATEWAY, "Gateway")
                .withZone(java.util.Optional.of(dmz)));
        model = model.withNode(Node.of(NodeId.of("n-a"), NodeKind.SERVICE, "A"));
        model = model.withNode(Node.of(NodeId.of("n-b"), NodeKind.SERVICE, "B"));
        return model.withLayout(model.layout().withZone(dmz, ZoneLayout.of(new Bounds(0, 0, 400, 300)))
                .withNode(NodeId.of("n-gw"), new Point(40, 60)).withNode(NodeId.of("n-a"), new Point(600, 60))
                .withNode(NodeId.of("n-b"), new Point(600, 260)));
    }

    public static CanvasViewModel canvas(EditingSession session) {
        return new CanvasViewModel(session);
    }
}
