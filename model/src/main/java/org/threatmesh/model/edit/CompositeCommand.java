package org.threatmesh.model.edit;

import java.util.List;
import java.util.Objects;
import org.threatmesh.model.ThreatModel;

/** Several commands applied in order as one undo step. */
public record CompositeCommand(String description, List<Command> steps) implements Command {

    public CompositeCommand {
        Objects.requireNonNull(description, "description");
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a composite command needs at least one step");
        }
    }

    public static CompositeCommand of(String description, Command... steps) {
        return new CompositeCommand(description, List.of(steps));
    }

    @Override
    public ThreatModel apply(ThreatModel model) {
        ThreatModel current = model;
        for (Command step : steps) {
            current = step.apply(current);
        }
        return current;
    }
}
