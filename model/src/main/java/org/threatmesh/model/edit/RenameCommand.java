package org.threatmesh.model.edit;

import java.util.Objects;
import java.util.Optional;
import org.threatmesh.model.ElementId;
import org.threatmesh.model.ThreatModel;

/**
 * Renames a node, edge, zone or the model. Ids do not change, so findings and triage survive.
 *
 * @param mergeKey see {@link SetAttributeCommand}; renames typed in one field merge into one step
 */
public record RenameCommand(ElementId target, String newName, String mergeKey) implements Command {

    public RenameCommand {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(newName, "newName");
        Objects.requireNonNull(mergeKey, "mergeKey");
    }

    public RenameCommand(ElementId target, String newName) {
        this(target, newName, "");
    }

    @Override
    public String description() {
        return "Rename to \"" + newName + "\"";
    }

    @Override
    public ThreatModel apply(ThreatModel model) {
        return Elements.rename(model, target, newName);
    }

    @Override
    public Optional<Command> mergeWith(Command next) {
        if (!mergeKey.isEmpty() && next instanceof RenameCommand other && other.mergeKey.equals(mergeKey)
                && other.target.equals(target)) {
            return Optional.of(other);
        }
        return Optional.empty();
    }
}
