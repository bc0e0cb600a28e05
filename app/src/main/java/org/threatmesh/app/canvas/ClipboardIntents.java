package org.threatmesh.app.canvas;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.threatmesh.app.canvas.ClipboardFragment.Copied;
import org.threatmesh.app.editing.IdGenerator;
import org.threatmesh.model.Bounds;
import org.threatmesh.model.Edge;
import org.threatmesh.model.EdgeId;
import org.threatmesh.model.ElementId;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeId;
import org.threatmesh.model.Point;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.TrustZone;
import org.threatmesh.model.ZoneId;
import org.threatmesh.model.ZoneLayout;
import org.threatmesh.model.edit.AddNodeCommand;
import org.threatmesh.model.edit.AddZoneCommand;
import org.threatmesh.model.edit.Command;
import org.threatmesh.model.edit.CompositeCommand;
import org.threatmesh.model.edit.ConnectCommand;

/**
 * Copy, paste and duplicate. A copy takes the selected nodes and zones (with everything nested in the zones),
 * the calls among them, their attributes and layout, and puts them on the clipboard as a
 * {@link ClipboardFragment fragment}, so they paste into another window too; a paste adds fresh copies with new
 * ids, offset so they do not hide the originals, as one undo step, and selects them.
 */
public final class ClipboardIntents {

    private static final double OFFSET = 40;

    private final CanvasViewModel canvas;
    private final ReadOnlyBooleanWrapper canPaste = new ReadOnlyBooleanWrapper(this, "canPaste");
    private ClipboardPort port = ClipboardPort.inMemory();
    /** The last fragment this window copied, to count repeated pastes of it. */
    private String copiedText;
    private int pastes;

    ClipboardIntents(CanvasViewModel canvas) {
        this.canvas = canvas;
    }

    /** Uses {@code clipboard} for copy and paste from now on (the app passes the desktop's clipboard). */
    public void usePort(ClipboardPort clipboard) {
        this.port = java.util.Objects.requireNonNull(clipboard);
    }

    /** Whether something has been copied in this window. */
    public ReadOnlyBooleanProperty canPasteProperty() {
        return canPaste.getReadOnlyProperty();
    }

    /** Ctrl+C: remembers the selection. Does not change the model. */
    public void copy() {
        Optional<Copied> selection = capture();
        if (selection.isPresent()) {
            Copied copied = selection.get();
            copiedText = ClipboardFragment.encode(copied);
            port.put(copiedText);
            pastes = 0;
            canPaste.set(true);
            int count = copied.nodes().size() + copied.zones().size() + copied.edges().size();
            canvas.say("Copied " + count + (count == 1 ? " element" : " elements"));
        }
    }

    /**
     * Ctrl+V: adds a fresh copy of the elements on the clipboard; repeated pastes of one copy land a little further
     * down and right each time.
     */
    public List<ElementId> paste() {
        Optional<String> text = port.get();
        Optional<Copied> fragment = text.flatMap(ClipboardFragment::decode);
        if (fragment.isEmpty()) {
            canvas.say("The clipboard holds no ThreatMesh elements");
            return List.of();
        }
        if (!text.get().equals(copiedText)) {
            copiedText = text.get();
            pastes = 0;
        }
        pastes++;
        return insert(fragment.get(), OFFSET * pastes, "Paste");
    }

    /** Ctrl+D: copies and pastes the selection in one step, leaving the clipboard alone. */
    public List<ElementId> duplicate() {
        return capture().map(c -> insert(c, OFFSET, "Duplicate")).orElse(List.of());
    }

    private Optional<Copied> capture() {
        ThreatModel model = canvas.model();
        Set<ElementId> picked = MoveGesture.withContents(model, new HashSet<>(canvas.selection().ids()));
        List<TrustZone> zones = new ArrayList<>();
        Map<ZoneId, ZoneLayout> zoneLayouts = new HashMap<>();
        List<Node> nodes = new ArrayList<>();
        Map<NodeId, Point> positions = new HashMap<>();
        for (ElementId id : picked) {
            if (id instanceof ZoneId zone && model.zones().containsKey(zone)) {
                zones.add(model.zones().get(zone));
                model.layout().zone(zone).ifPresent(l -> zoneLayouts.put(zone, l));
            } else if (id instanceof NodeId node && model.nodes().containsKey(node)) {
                nodes.add(model.nodes().get(node));
                Bounds b = DiagramGeometry.nodeBounds(model, node);
                positions.put(node, new Point(b.x(), b.y()));
            }
        }
        List<Edge> edges = new ArrayList<>();
        for (Edge edge : model.edges().values()) {
            if (positions.containsKey(edge.from()) && positions.containsKey(edge.to())) {
                edges.add(edge);
            }
        }
        if (zones.isEmpty() && nodes.isEmpty()) {
            return Optional.empty();
        }
        zones.sort(Comparator.comparingInt((TrustZone z) -> DiagramGeometry.depth(model, z.id()))
                .thenComparing(TrustZone::id));
        nodes.sort(Comparator.comparing(Node::id));
        return Optional.of(new Copied(zones, zoneLayouts, nodes, positions, edges));
    }

    private List<ElementId> insert(Copied source, double offset, String verb) {
        ThreatModel model = canvas.model();
        Set<String> takenZones = new HashSet<>();
        Set<String> takenNodes = new HashSet<>();
        Set<String> takenEdges = new HashSet<>();
        Map<ZoneId, ZoneId> zoneIds = new HashMap<>();
        Map<NodeId, NodeId> nodeIds = new HashMap<>();
        List<Command> steps = new ArrayList<>();
        List<ElementId> created = new ArrayList<>();
        for (TrustZone zone : source.zones()) {
            ZoneId id = ZoneId.of(IdGenerator.fresh("z", stem(zone.id().value()),
                    v -> model.zones().containsKey(ZoneId.of(v)) || takenZones.contains(v)));
            takenZones.add(id.value());
            zoneIds.put(zone.id(), id);
            Optional<ZoneId> parent = zone.parent().map(p -> zoneIds.getOrDefault(p, p))
                    .filter(p -> zoneIds.containsValue(p) || model.zones().containsKey(p));
            ZoneLayout layout = source.zoneLayouts().getOrDefault(zone.id(), ZoneLayout.of(new Bounds(0, 0, 240, 160)));
            steps.add(new AddZoneCommand(new TrustZone(id, zone.kind(), zone.name(), parent, zone.attributes()),
                    layout.withBounds(layout.bounds().moved(offset, offset))));
            created.add(id);
        }
        for (Node node : source.nodes()) {
            NodeId id = NodeId.of(IdGenerator.fresh("n", stem(node.id().value()),
                    v -> model.nodes().containsKey(NodeId.of(v)) || takenNodes.contains(v)));
            takenNodes.add(id.value());
            nodeIds.put(node.id(), id);
            Optional<ZoneId> zone = node.zone().map(z -> zoneIds.getOrDefault(z, z))
                    .filter(z -> zoneIds.containsValue(z) || model.zones().containsKey(z));
            steps.add(new AddNodeCommand(new Node(id, node.kind(), node.name(), zone, node.attributes()),
                    source.nodePositions().get(node.id()).plus(offset, offset)));
            created.add(id);
        }
        for (Edge edge : source.edges()) {
            NodeId from = nodeIds.get(edge.from());
            NodeId to = nodeIds.get(edge.to());
            EdgeId id = EdgeId.of(IdGenerator.fresh("e", stem(from.value()) + "-" + stem(to.value()),
                    v -> model.edges().containsKey(EdgeId.of(v)) || takenEdges.contains(v)));
            takenEdges.add(id.value());
            steps.add(new ConnectCommand(new Edge(id, from, to, edge.name(), edge.attributes())));
            created.add(id);
        }
        String description = verb + " " + created.size() + (created.size() == 1 ? " element" : " elements");
        if (canvas.execute(new CompositeCommand(description, steps))) {
            canvas.selectExactly(created);
            return created;
        }
        return List.of();
    }

    /** The id without its type prefix and copy counter, so copies of n-cart become n-cart-2, n-cart-3. */
    private static String stem(String id) {
        String withoutPrefix = id.length() > 2 && id.charAt(1) == '-' ? id.substring(2) : id;
        return withoutPrefix.replaceAll("-\\d+$", "");
    }
}
