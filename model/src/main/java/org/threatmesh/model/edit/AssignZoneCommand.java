package org.threatmesh.model.edit;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.threatmesh.model.ElementId;
import org.threatmesh.model.NodeId;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.ZoneId;

/**
 * Puts nodes into a zone and nests zones inside it (or takes them out when {@code zone} is empty). Refused when
 * a zone would end up inside itself.
 */
public record AssignZoneCommand(Set<ElementId> members, Optional<ZoneId> zone) implements Command {

    public AssignZoneCommand {
        members = Set.copyOf(members);
        Objects.requireNonNull(zone, "zone");
        for (ElementId member : members) {
            if (!(member instanceof NodeId) && !(member instanceof ZoneId)) {
                throw new IllegalArgumentException("only nodes and zones can be placed in a zone");
            }
        }
    }

    @Override
    public String description() {
        return zone.map(z -> "Move into zone " + z).orElse("Move out of zones");
    }

    @Override
    public ThreatModel apply(ThreatModel model) {
        zone.ifPresent(z -> Elements.require(model, z));
        ThreatModel result = model;
        for (ElementId member : new TreeSet<>(members)) {
            Elements.require(result, member);
            if (member instanceof NodeId node) {
                result = result.withNode(result.nodes().get(node).withZone(zone));
            } else {
                result = result.withZone(result.zones().get((ZoneId) member).withParent(zone));
            }
        }
        return result;
    }
}
