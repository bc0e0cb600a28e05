package org.threatmesh.model.edit;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.threatmesh.model.EdgeId;
import org.threatmesh.model.ElementId;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeId;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.TrustZone;
import org.threatmesh.model.ZoneId;

/**
 * Deletes nodes, edges and zones in one undo step. A deleted node takes its edges with it. A deleted zone's
 * nodes and child zones move to the zone's parent rather than vanish, so deleting a container never silently
 * deletes its contents. Triage decisions stay: they are reported as stale until someone removes them.
 */
public record DeleteElementsCommand(Set<ElementId> targets) implements Command {

    public DeleteElementsCommand {
        targets = Set.copyOf(targets);
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("nothing to delete");
        }
    }

    @Override
    public String description() {
        return targets.size() == 1 ? "Delete " + targets.iterator().next() : "Delete " + targets.size() + " elements";
    }

    @Override
    public ThreatModel apply(ThreatModel model) {
        ThreatModel result = model;
        for (ElementId id : new TreeSet<>(targets)) {
            if (id instanceof EdgeId edge) {
                result = result.withoutEdge(edge);
            }
        }
        for (ElementId id : new TreeSet<>(targets)) {
            if (id instanceof NodeId node && result.nodes().containsKey(node)) {
                for (EdgeId edge : new TreeSet<>(result.graph().edgesOf(node))) {
                    result = result.withoutEdge(edge);
                }
                result = result.withoutNode(node);
            }
        }
        for (ElementId id : new TreeSet<>(targets)) {
            if (id instanceof ZoneId zone && result.zones().containsKey(zone)) {
                result = deleteZone(result, zone);
            }
        }
        return result;
    }

    private static ThreatModel deleteZone(ThreatModel model, ZoneId zoneId) {
        Optional<ZoneId> parent = model.zones().get(zoneId).parent();
        ThreatModel result = model;
        for (TrustZone child : model.zones().values()) {
            if (child.parent().filter(zoneId::equals).isPresent()) {
                result = result.withZone(child.withParent(parent));
            }
        }
        for (Node node : model.nodes().values()) {
            if (node.zone().filter(zoneId::equals).isPresent()) {
                result = result.withNode(node.withZone(parent));
            }
        }
        return result.withoutZone(zoneId);
    }
}
