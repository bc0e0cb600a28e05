package org.threatmesh.model.edit;

import java.util.Objects;
import org.threatmesh.model.Node;
import org.threatmesh.model.Point;
import org.threatmesh.model.ThreatModel;

/** Adds a node at a position. Fails when the id is taken. */
public record AddNodeCommand(Node node, Point position) implements Command {

    public AddNodeCommand {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(position, "position");
    }

    @Override
    public String description() {
        return "Add " + node.kind().displayName().toLowerCase() + " \"" + node.name() + "\"";
    }

    @Override
    public ThreatModel apply(ThreatModel model) {
        if (model.nodes().containsKey(node.id())) {
            throw new IllegalArgumentException("node id '" + node.id() + "' is already taken");
        }
        ThreatModel added = model.withNode(node);
        return added.withLayout(added.layout().withNode(node.id(), position));
    }
}
