package org.threatmesh.model.edit;

import java.util.Objects;
import org.threatmesh.model.Edge;
import org.threatmesh.model.ThreatModel;

/** Adds a call between two existing nodes. Fails when the id is taken. */
public record ConnectCommand(Edge edge) implements Command {

    public ConnectCommand {
        Objects.requireNonNull(edge, "edge");
    }

    @Override
    public String description() {
        return "Connect " + edge.from() + " → " + edge.to();
    }

    @Override
    public ThreatModel apply(ThreatModel model) {
        if (model.edges().containsKey(edge.id())) {
            throw new IllegalArgumentException("edge id '" + edge.id() + "' is already taken");
        }
        return model.withEdge(edge);
    }
}
