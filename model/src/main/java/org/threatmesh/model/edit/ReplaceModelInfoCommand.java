package org.threatmesh.model.edit;

import java.util.Objects;
import java.util.Optional;
import org.threatmesh.model.ModelInfo;
import org.threatmesh.model.ThreatModel;

/** Changes the model's name, description, author or version. Edits typed in one field merge into one step. */
public record ReplaceModelInfoCommand(ModelInfo info, String mergeKey) implements Command {

    public ReplaceModelInfoCommand {
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(mergeKey, "mergeKey");
    }

    @Override
    public String description() {
        return "Edit model details";
    }

    @Override
    public ThreatModel apply(ThreatModel model) {
        return model.withInfo(info);
    }

    @Override
    public Optional<Command> mergeWith(Command next) {
        if (!mergeKey.isEmpty() && next instanceof ReplaceModelInfoCommand other && other.mergeKey.equals(mergeKey)) {
            return Optional.of(other);
        }
        return Optional.empty();
    }
}
