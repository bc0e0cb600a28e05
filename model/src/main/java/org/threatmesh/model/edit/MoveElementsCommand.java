package org.threatmesh.model.edit;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.threatmesh.model.Bounds;
import org.threatmesh.model.Layout;
import org.threatmesh.model.NodeId;
import org.threatmesh.model.Point;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.ZoneId;
import org.threatmesh.model.ZoneLayout;

/**
 * Moves or resizes nodes and zones to absolute positions: one drag, one nudge, one resize or one auto-layout is
 * one command. Layout only; the semantics do not change.
 *
 * @param nodes       new node positions
 * @param zones       new zone rectangles
 * @param description what the user did, for example "Move 3 elements" or "Auto-layout"
 * @param mergeKey    see {@link SetAttributeCommand}; arrow-key nudges of one selection merge into one step
 */
public record MoveElementsCommand(Map<NodeId, Point> nodes, Map<ZoneId, Bounds> zones, String description,
        String mergeKey) implements Command {

    public MoveElementsCommand {
        nodes = Map.copyOf(nodes);
        zones = Map.copyOf(zones);
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(mergeKey, "mergeKey");
    }

    public static MoveElementsCommand move(Map<NodeId, Point> nodes, Map<ZoneId, Bounds> zones) {
        int count = nodes.size() + zones.size();
        return new MoveElementsCommand(nodes, zones, count == 1 ? "Move element" : "Move " + count + " elements", "");
    }

    @Override
    public ThreatModel apply(ThreatModel model) {
        Layout layout = model.layout();
        for (Map.Entry<NodeId, Point> entry : nodes.entrySet()) {
            Elements.require(model, entry.getKey());
            layout = layout.withNode(entry.getKey(), entry.getValue());
        }
        for (Map.Entry<ZoneId, Bounds> entry : zones.entrySet()) {
            Elements.require(model, entry.getKey());
            ZoneLayout zoneLayout = layout.zone(entry.getKey()).map(z -> z.withBounds(entry.getValue()))
                    .orElse(new ZoneLayout(entry.getValue(), Optional.empty()));
            layout = layout.withZone(entry.getKey(), zoneLayout);
        }
        return model.withLayout(layout);
    }

    @Override
    public Optional<Command> mergeWith(Command next) {
        if (!mergeKey.isEmpty() && next instanceof MoveElementsCommand other && other.mergeKey.equals(mergeKey)
                && other.nodes.keySet().equals(nodes.keySet()) && other.zones.keySet().equals(zones.keySet())) {
            return Optional.of(other);
        }
        return Optional.empty();
    }
}
