package org.threatmesh.app.canvas;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.threatmesh.model.ElementId;
import org.threatmesh.model.NodeId;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.ZoneId;
import org.threatmesh.model.edit.AssignZoneCommand;
import org.threatmesh.model.edit.Command;
import org.threatmesh.model.edit.CompositeCommand;

/**
 * Zone membership follows the drawing: a node belongs to the innermost zone its centre lies in, and a zone is
 * nested in the innermost other zone that encloses it. Computed on the snapshot a layout change will produce,
 * and appended to that change so both are one undo step.
 */
final class Membership {

    private Membership() {
    }

    /**
     * {@code change} followed by the zone assignments that make {@code candidates} agree with the drawing in
     * {@code after}; just {@code change} when nothing needs re-homing.
     */
    static Command update(Command change, ThreatModel before, ThreatModel after, Set<ElementId> candidates) {
        Map<Optional<ZoneId>, Set<ElementId>> moves = new LinkedHashMap<>();
        for (ElementId id : new TreeSet<>(candidates)) {
            if (id instanceof NodeId node && after.nodes().containsKey(node)) {
                Optional<ZoneId> target = DiagramGeometry.zoneAt(after,
                        DiagramGeometry.center(DiagramGeometry.nodeBounds(after, node)), Set.of());
                if (!target.equals(after.nodes().get(node).zone())) {
                    moves.computeIfAbsent(target, k -> new HashSet<>()).add(node);
                }
            } else if (id instanceof ZoneId zone && after.zones().containsKey(zone)) {
                Optional<ZoneId> target = DiagramGeometry.zoneBounds(after, zone).flatMap(b -> DiagramGeometry
                        .zoneEnclosing(after, b, DiagramGeometry.zoneAndDescendants(after, zone)));
                if (!target.equals(after.zones().get(zone).parent())) {
                    moves.computeIfAbsent(target, k -> new HashSet<>()).add(zone);
                }
            }
        }
        if (moves.isEmpty()) {
            return change;
        }
        List<Command> steps = new ArrayList<>();
        steps.add(change);
        moves.forEach((zone, members) -> steps.add(new AssignZoneCommand(members, zone)));
        return new CompositeCommand(change.description(), steps);
    }
}
