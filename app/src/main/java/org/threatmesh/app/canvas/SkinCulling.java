package org.threatmesh.app.canvas;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javafx.scene.Group;
import javafx.scene.Node;
import org.threatmesh.model.Bounds;
import org.threatmesh.model.EdgeId;
import org.threatmesh.model.ElementId;
import org.threatmesh.model.NodeId;

/**
 * Which element skins exist and which are in the scene graph, so that CSS, bounds and rendering cost scale with what
 * is on screen rather than with the model. Skins are built the first time their element comes near the view; node
 * and call skins enter their layer when they come into view and leave when well out of it; zones are always in.
 *
 * <p>A full pass visits every skin and remembers the area it covered: every element overlapping that area has its
 * skin in the scene. Views inside it need no pass, and moved nodes need only a pass over themselves and their calls,
 * which keeps zoom and drag frames independent of the model's size. Not thread-safe: FX thread only.
 */
final class SkinCulling {

    /** How far beyond the view skins enter, in diagram units, so small pans find them in place. */
    private static final double MARGIN = 200;

    private final Group zoneLayer;
    private final Group edgeLayer;
    private final Group nodeLayer;
    private final Map<ElementId, ElementSkin> skins = new HashMap<>();
    private final Map<ElementSkin, Group> layers = new HashMap<>();
    private final Map<ElementId, Pending> pending = new HashMap<>();
    private final Map<ElementId, EdgeViewModel> calls = new HashMap<>();
    private Map<NodeId, List<EdgeId>> callsByNode;
    private Bounds covered;
    private boolean coveredDetail;
    private boolean detailed = true;
    private boolean interacting;

    /** A skin not built yet, with the test of whether its element meets an area. */
    private record Pending(Supplier<ElementSkin> factory, Group layer, Overlap overlap) {
    }

    @FunctionalInterface
    private interface Overlap {
        boolean test(double minX, double minY, double maxX, double maxY);
    }

    SkinCulling(Group zoneLayer, Group edgeLayer, Group nodeLayer) {
        this.zoneLayer = zoneLayer;
        this.edgeLayer = edgeLayer;
        this.nodeLayer = nodeLayer;
    }

    Optional<ElementSkin> skin(ElementId id) {
        return Optional.ofNullable(skins.get(id));
    }

    int skinCount() {
        return skins.size();
    }

    int skinsInScene() {
        return nodeLayer.getChildren().size() + edgeLayer.getChildren().size();
    }

    void zoneAdded(ZoneViewModel zone) {
        zoneLayer.getChildren().add(materialize(zone.id(),
                new Pending(() -> new ZoneSkin(zone), zoneLayer, (a, b, c, d) -> true)).root());
        covered = null;
    }

    void nodeAdded(NodeViewModel node) {
        pending.put(node.id(), new Pending(() -> new NodeSkin(node), nodeLayer, (minX, minY, maxX, maxY) ->
                node.x() <= maxX && node.x() + NodeViewModel.WIDTH >= minX && node.y() <= maxY
                        && node.y() + NodeViewModel.HEIGHT >= minY));
        covered = null;
    }

    void callAdded(EdgeViewModel call) {
        pending.put(call.id(), new Pending(() -> new EdgeSkin(call), edgeLayer, (minX, minY, maxX, maxY) ->
                EdgeSkin.segmentCrosses(call.source().centerX(), call.source().centerY(), call.target().centerX(),
                        call.target().centerY(), minX, minY, maxX, maxY)));
        calls.put(call.id(), call);
        callsByNode = null;
        covered = null;
    }

    void removed(ElementId id) {
        pending.remove(id);
        if (calls.remove(id) != null) {
            callsByNode = null;
        }
        ElementSkin old = skins.remove(id);
        if (old != null) {
            old.detach();
            layers.remove(old).getChildren().remove(old.root());
        }
    }

    /** Whether every element meeting {@code visible} already has its skin in the scene, at this level of detail. */
    boolean covers(Bounds visible, boolean wantDetail) {
        return covered != null && wantDetail == coveredDetail && visible.x() >= covered.x()
                && visible.y() >= covered.y() && visible.maxX() <= covered.maxX() && visible.maxY() <= covered.maxY();
    }

    /**
     * Visits every skin: those meeting the view (or everything, for an export) enter, those half a view away leave;
     * in overview mode all node and call skins leave.
     */
    void cullAll(Bounds visible, boolean everything, boolean overviewMode, boolean wantDetail) {
        double mx = visible.x() - MARGIN;
        double my = visible.y() - MARGIN;
        double maxX = visible.maxX() + MARGIN;
        double maxY = visible.maxY() + MARGIN;
        // Skins leave only when well outside the view, so small zoom and pan steps do not make them leave and
        // re-enter (each entry costs CSS and bounds work).
        double keepX = visible.width() / 2;
        double keepY = visible.height() / 2;
        Set<Node> leaving = new HashSet<>();
        List<Node> enteringNodes = new ArrayList<>();
        List<Node> enteringCalls = new ArrayList<>();
        for (Map.Entry<ElementSkin, Group> entry : layers.entrySet()) {
            ElementSkin skin = entry.getKey();
            Group layer = entry.getValue();
            if (layer == zoneLayer) {
                if (wantDetail != detailed) {
                    skin.setDetailed(wantDetail);
                }
                continue;
            }
            Node root = skin.root();
            boolean shown = root.getParent() != null;
            boolean show = everything || !overviewMode && (shown
                    ? skin.overlaps(mx - keepX, my - keepY, maxX + keepX, maxY + keepY)
                    : skin.overlaps(mx, my, maxX, maxY));
            if (show && !shown) {
                (layer == nodeLayer ? enteringNodes : enteringCalls).add(root);
            } else if (!show && shown) {
                leaving.add(root);
            }
            if (show && wantDetail != skin.isDetailedShown()) {
                skin.setDetailed(wantDetail);
            }
        }
        detailed = wantDetail;
        if (!overviewMode) {
            materializeMeeting(pending.keySet(), everything, mx, my, maxX, maxY, enteringNodes, enteringCalls);
        }
        if (!leaving.isEmpty()) {
            nodeLayer.getChildren().removeAll(leaving);
            edgeLayer.getChildren().removeAll(leaving);
        }
        enter(enteringNodes, enteringCalls);
        covered = overviewMode || everything ? null : new Bounds(mx, my, maxX - mx, maxY - my);
        coveredDetail = wantDetail;
    }

    /**
     * After nodes moved within a covered view: only they and their calls can have come into the covered area.
     * Requires {@link #covers} to hold for the view.
     */
    void cullMoved(Collection<NodeViewModel> moved) {
        if (callsByNode == null) {
            callsByNode = new HashMap<>();
            for (EdgeViewModel call : calls.values()) {
                callsByNode.computeIfAbsent(call.source().id(), k -> new ArrayList<>()).add(call.id());
                callsByNode.computeIfAbsent(call.target().id(), k -> new ArrayList<>()).add(call.id());
            }
        }
        Set<ElementId> candidates = new HashSet<>();
        for (NodeViewModel node : moved) {
            candidates.add(node.id());
            candidates.addAll(callsByNode.getOrDefault(node.id(), List.of()));
        }
        List<Node> enteringNodes = new ArrayList<>();
        List<Node> enteringCalls = new ArrayList<>();
        List<ElementId> built = new ArrayList<>();
        for (ElementId id : candidates) {
            ElementSkin skin = skins.get(id);
            if (skin == null) {
                built.add(id);
            } else if (skin.root().getParent() == null
                    && skin.overlaps(covered.x(), covered.y(), covered.maxX(), covered.maxY())) {
                (layers.get(skin) == nodeLayer ? enteringNodes : enteringCalls).add(skin.root());
                if (skin.isDetailedShown() != detailed) {
                    skin.setDetailed(detailed);
                }
            }
        }
        materializeMeeting(built, false, covered.x(), covered.y(), covered.maxX(), covered.maxY(), enteringNodes,
                enteringCalls);
        enter(enteringNodes, enteringCalls);
    }

    /** Shows every skin in the scene cheaply (while the view moves) or in full quality. */
    void setInteracting(boolean value) {
        interacting = value;
        for (Group layer : List.of(nodeLayer, edgeLayer)) {
            for (Node child : layer.getChildren()) {
                if (child.getProperties().get(ElementSkin.SKIN_KEY) instanceof ElementSkin skin) {
                    skin.setInteracting(value);
                }
            }
        }
    }

    private void materializeMeeting(Collection<ElementId> ids, boolean everything, double minX, double minY,
            double maxX, double maxY, List<Node> enteringNodes, List<Node> enteringCalls) {
        List<ElementId> built = new ArrayList<>();
        for (ElementId id : ids) {
            Pending how = pending.get(id);
            if (how != null && (everything || how.overlap().test(minX, minY, maxX, maxY))) {
                ElementSkin skin = materialize(id, how);
                (how.layer() == nodeLayer ? enteringNodes : enteringCalls).add(skin.root());
                built.add(id);
            }
        }
        built.forEach(pending::remove);
    }

    private void enter(List<Node> enteringNodes, List<Node> enteringCalls) {
        nodeLayer.getChildren().addAll(enteringNodes);
        edgeLayer.getChildren().addAll(enteringCalls);
        for (List<Node> entering : List.of(enteringNodes, enteringCalls)) {
            for (Node root : entering) {
                ((ElementSkin) root.getProperties().get(ElementSkin.SKIN_KEY)).setInteracting(interacting);
            }
        }
    }

    private ElementSkin materialize(ElementId id, Pending how) {
        ElementSkin skin = how.factory().get();
        skin.attach();
        skin.setDetailed(detailed);
        skin.setInteracting(interacting);
        skins.put(id, skin);
        layers.put(skin, how.layer());
        return skin;
    }
}
