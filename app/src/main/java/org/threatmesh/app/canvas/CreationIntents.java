package org.threatmesh.app.canvas;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.threatmesh.app.editing.IdGenerator;
import org.threatmesh.model.Bounds;
import org.threatmesh.model.Edge;
import org.threatmesh.model.EdgeId;
import org.threatmesh.model.ElementId;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeId;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.Point;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.TrustZone;
import org.threatmesh.model.ZoneId;
import org.threatmesh.model.ZoneKind;
import org.threatmesh.model.ZoneLayout;
import org.threatmesh.model.attr.Attributes;
import org.threatmesh.model.attr.CallMode;
import org.threatmesh.model.attr.EdgeAttributes;
import org.threatmesh.model.attr.Protocol;
import org.threatmesh.model.edit.AddNodeCommand;
import org.threatmesh.model.edit.AddZoneCommand;
import org.threatmesh.model.edit.Command;
import org.threatmesh.model.edit.CompositeCommand;
import org.threatmesh.model.edit.ConnectCommand;

/**
 * Creating elements: nodes from the palette (landing in the zone they are dropped in), zones drawn or dropped
 * on the canvas (adopting what they cover), and calls drawn from one node to another (checked while dragging).
 * New elements are selected so the inspector shows them at once.
 */
public final class CreationIntents {

    /** Size of a zone dropped from the palette rather than drawn. */
    public static final double DEFAULT_ZONE_WIDTH = 360;
    public static final double DEFAULT_ZONE_HEIGHT = 240;

    private final CanvasViewModel canvas;

    CreationIntents(CanvasViewModel canvas) {
        this.canvas = canvas;
    }

    /**
     * Adds a node of {@code kind} centred on {@code center}, in the innermost zone there.
     *
     * @return the new node's id
     */
    public Optional<NodeId> addNode(NodeKind kind, Point center) {
        ThreatModel model = canvas.model();
        String name = freshName(kind.displayName(), model.nodes().values().stream().map(Node::name).toList());
        NodeId id = NodeId.of(IdGenerator.fresh("n", name, v -> model.nodes().containsKey(NodeId.of(v))));
        double x = center.x() - NodeViewModel.WIDTH / 2;
        double y = center.y() - NodeViewModel.HEIGHT / 2;
        Point topLeft = canvas.snapping() ? new Point(DiagramGeometry.snap(x), DiagramGeometry.snap(y)) : new Point(x, y);
        Point landing = DiagramGeometry.center(new Bounds(topLeft.x(), topLeft.y(), NodeViewModel.WIDTH,
                NodeViewModel.HEIGHT));
        Optional<ZoneId> zone = DiagramGeometry.zoneAt(model, landing, Set.of());
        Node node = new Node(id, kind, name, zone, Attributes.empty());
        if (canvas.execute(new AddNodeCommand(node, topLeft))) {
            canvas.selectExactly(List.of(id));
            return Optional.of(id);
        }
        return Optional.empty();
    }

    /**
     * Adds a zone of {@code kind} covering {@code bounds}; it nests in the innermost zone enclosing it and adopts
     * the nodes and zones it covers that were siblings of it.
     */
    public Optional<ZoneId> addZone(ZoneKind kind, Bounds bounds) {
        ThreatModel model = canvas.model();
        Bounds area = canvas.snapping() ? new Bounds(DiagramGeometry.snap(bounds.x()), DiagramGeometry.snap(bounds.y()),
                Math.max(DiagramGeometry.GRID * 4, DiagramGeometry.snap(bounds.width())),
                Math.max(DiagramGeometry.GRID * 3, DiagramGeometry.snap(bounds.height()))) : bounds;
        String name = freshName(kind.displayName(), model.zones().values().stream().map(TrustZone::name).toList());
        ZoneId id = ZoneId.of(IdGenerator.fresh("z", name, v -> model.zones().containsKey(ZoneId.of(v))));
        Optional<ZoneId> parent = DiagramGeometry.zoneEnclosing(model, area, Set.of());
        TrustZone zone = new TrustZone(id, kind, name, parent, Attributes.empty());
        Command add = new AddZoneCommand(zone, ZoneLayout.of(area));
        ThreatModel after = add.apply(model);
        Set<ElementId> covered = new HashSet<>();
        for (Node node : model.nodes().values()) {
            if (node.zone().equals(parent)
                    && area.contains(DiagramGeometry.center(DiagramGeometry.nodeBounds(model, node.id())))) {
                covered.add(node.id());
            }
        }
        for (TrustZone other : model.zones().values()) {
            if (other.parent().equals(parent) && DiagramGeometry.zoneBounds(model, other.id())
                    .filter(b -> DiagramGeometry.encloses(area, b)).isPresent()) {
                covered.add(other.id());
            }
        }
        Command command = Membership.update(add, model, after, covered);
        if (canvas.execute(command)) {
            canvas.selectExactly(List.of(id));
            return Optional.of(id);
        }
        return Optional.empty();
    }

    /** Adds a palette zone of default size centred on {@code center}. */
    public Optional<ZoneId> addZone(ZoneKind kind, Point center) {
        return addZone(kind, new Bounds(center.x() - DEFAULT_ZONE_WIDTH / 2, center.y() - DEFAULT_ZONE_HEIGHT / 2,
                DEFAULT_ZONE_WIDTH, DEFAULT_ZONE_HEIGHT));
    }

    /**
     * Why a call from {@code from} to {@code to} may not be drawn, in words for the user; empty when it may.
     * Asked continuously while a connection is dragged.
     */
    public Optional<String> connectionRefusal(NodeId from, NodeId to) {
        ThreatModel model = canvas.model();
        Optional<Node> source = model.node(from);
        Optional<Node> target = model.node(to);
        if (source.isEmpty() || target.isEmpty()) {
            return Optional.of("Calls join two nodes");
        }
        if (from.equals(to)) {
            return Optional.of("A call cannot go from a node to itself");
        }
        if (target.get().kind() == NodeKind.EXTERNAL_CLIENT) {
            return Optional.of("\"" + target.get().name() + "\" is an external client: it makes calls but is not called");
        }
        for (Edge edge : model.edgesTouching(from)) {
            if (edge.from().equals(from) && edge.to().equals(to)) {
                return Optional.of("\"" + source.get().name() + "\" already calls \"" + target.get().name()
                        + "\"; edit that call instead");
            }
        }
        return Optional.empty();
    }

    /**
     * Draws a call with defaults that fit the target (SQL to a datastore, AMQP and asynchronous to a broker, and
     * so on); security attributes stay unknown so the analysis asks about them.
     *
     * @return the new call's id, or empty when refused (the reason goes to the status message)
     */
    public Optional<EdgeId> connect(NodeId from, NodeId to) {
        Optional<String> refusal = connectionRefusal(from, to);
        if (refusal.isPresent()) {
            canvas.say(refusal.get());
            return Optional.empty();
        }
        ThreatModel model = canvas.model();
        EdgeId id = EdgeId.of(IdGenerator.fresh("e", shortName(from) + "-" + shortName(to),
                v -> model.edges().containsKey(EdgeId.of(v))));
        Node target = model.nodes().get(to);
        Node source = model.nodes().get(from);
        Attributes defaults = Attributes.empty().with(EdgeAttributes.PROTOCOL, protocolFor(target.kind()))
                .with(EdgeAttributes.MODE, source.kind() == NodeKind.MESSAGE_BROKER
                        || target.kind() == NodeKind.MESSAGE_BROKER ? CallMode.ASYNC : CallMode.SYNC);
        Edge edge = new Edge(id, from, to, "", defaults);
        Command command = CompositeCommand.of("Connect \"" + source.name() + "\" → \"" + target.name() + "\"",
                new ConnectCommand(edge));
        if (canvas.execute(command)) {
            canvas.selectExactly(List.of(id));
            return Optional.of(id);
        }
        return Optional.empty();
    }

    static Protocol protocolFor(NodeKind target) {
        return switch (target) {
            case DATASTORE -> Protocol.SQL;
            case SESSION_STORE -> Protocol.REDIS;
            case MESSAGE_BROKER -> Protocol.AMQP;
            case DNS_RESOLVER -> Protocol.DNS;
            case MESH_CONTROL_PLANE, SERVICE_REGISTRY -> Protocol.GRPC;
            default -> Protocol.HTTP;
        };
    }

    private static String shortName(NodeId id) {
        return id.value().startsWith("n-") ? id.value().substring(2) : id.value();
    }

    /** "Service", then "Service 2", "Service 3" … so new elements are told apart in the diagram. */
    static String freshName(String base, List<String> taken) {
        if (!taken.contains(base)) {
            return base;
        }
        for (int k = 2; ; k++) {
            if (!taken.contains(base + " " + k)) {
                return base + " " + k;
            }
        }
    }
}
