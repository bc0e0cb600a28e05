package org.threatmesh.app.findings;

import org.threatmesh.app.canvas.CanvasViewModel;
import org.threatmesh.app.canvas.EdgeSkin;
import org.threatmesh.app.canvas.EdgeViewModel;
import org.threatmesh.app.canvas.NodeViewModel;
import org.threatmesh.app.canvas.ZoneViewModel;
import org.threatmesh.model.Bounds;
import org.threatmesh.model.EdgeId;
import org.threatmesh.model.ElementId;
import org.threatmesh.model.NodeId;
import org.threatmesh.model.ZoneId;

/**
 * Where the findings overlay's markers are, from the positions the canvas draws its elements at now (drag previews
 * included): whether an element's shape or its badge label meets an area of the diagram.
 */
final class MarkerPlaces {

    private final CanvasViewModel canvas;

    MarkerPlaces(CanvasViewModel canvas) {
        this.canvas = canvas;
    }

    /** Whether the element's shape, where the canvas draws it now, meets {@code area}. */
    boolean overlaps(ElementId element, Bounds area) {
        NodeViewModel vmNode = element instanceof NodeId node ? canvas.nodes().get(node) : null;
        if (vmNode != null) {
            return meets(area, vmNode.xProperty().get(), vmNode.yProperty().get(),
                    vmNode.xProperty().get() + NodeViewModel.WIDTH, vmNode.yProperty().get() + NodeViewModel.HEIGHT);
        }
        EdgeViewModel call = element instanceof EdgeId edge ? canvas.edges().get(edge) : null;
        if (call != null) {
            // The stroke runs along the whole call, so a call crossing the view needs its marker.
            return EdgeSkin.segmentCrosses(
                    call.source().xProperty().get() + NodeViewModel.WIDTH / 2,
                    call.source().yProperty().get() + NodeViewModel.HEIGHT / 2,
                    call.target().xProperty().get() + NodeViewModel.WIDTH / 2,
                    call.target().yProperty().get() + NodeViewModel.HEIGHT / 2,
                    area.x(), area.y(), area.maxX(), area.maxY());
        }
        ZoneViewModel box = element instanceof ZoneId zone ? canvas.zones().get(zone) : null;
        if (box != null) {
            return meets(area, box.xProperty().get(), box.yProperty().get(),
                    box.xProperty().get() + box.widthProperty().get(), box.yProperty().get() + box.heightProperty().get());
        }
        return false;
    }

    /** Whether the element's badge label, which sits mid-call for a call, lies in {@code area}. */
    boolean labelNear(ElementId element, Bounds area) {
        EdgeViewModel call = element instanceof EdgeId edge ? canvas.edges().get(edge) : null;
        if (call == null) {
            return true;
        }
        double x = (call.source().xProperty().get() + call.target().xProperty().get() + NodeViewModel.WIDTH) / 2;
        double y = (call.source().yProperty().get() + call.target().yProperty().get() + NodeViewModel.HEIGHT) / 2;
        return meets(area, x, y, x, y);
    }

    private static boolean meets(Bounds area, double minX, double minY, double maxX, double maxY) {
        return maxX >= area.x() && minX <= area.maxX() && maxY >= area.y() && minY <= area.maxY();
    }
}
