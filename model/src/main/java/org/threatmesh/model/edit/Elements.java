package org.threatmesh.model.edit;

import java.util.function.UnaryOperator;
import org.threatmesh.model.EdgeId;
import org.threatmesh.model.ElementId;
import org.threatmesh.model.NodeId;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.ZoneId;
import org.threatmesh.model.attr.Attributes;

/** Element-type-independent edits shared by the commands. */
final class Elements {

    private Elements() {
    }

    static ThreatModel updateAttributes(ThreatModel model, ElementId id, UnaryOperator<Attributes> change) {
        return switch (id.type()) {
            case NODE -> model.withNode(require(model, id).nodes().get((NodeId) id)
                    .withAttributes(change.apply(model.nodes().get((NodeId) id).attributes())));
            case EDGE -> model.withEdge(require(model, id).edges().get((EdgeId) id)
                    .withAttributes(change.apply(model.edges().get((EdgeId) id).attributes())));
            case ZONE -> model.withZone(require(model, id).zones().get((ZoneId) id)
                    .withAttributes(change.apply(model.zones().get((ZoneId) id).attributes())));
            case MODEL -> model.withAttributes(change.apply(model.attributes()));
        };
    }

    static ThreatModel rename(ThreatModel model, ElementId id, String name) {
        require(model, id);
        return switch (id.type()) {
            case NODE -> model.withNode(model.nodes().get((NodeId) id).withName(name));
            case EDGE -> model.withEdge(model.edges().get((EdgeId) id).withName(name));
            case ZONE -> model.withZone(model.zones().get((ZoneId) id).withName(name));
            case MODEL -> model.withInfo(new org.threatmesh.model.ModelInfo(name, model.info().description(),
                    model.info().author(), model.info().version()));
        };
    }

    static ThreatModel require(ThreatModel model, ElementId id) {
        if (!model.contains(id)) {
            throw new IllegalArgumentException(id.type().name().toLowerCase() + " '" + id + "' no longer exists");
        }
        return model;
    }
}
