package org.threatmesh.app.files;

import java.util.Objects;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.edit.Command;

/**
 * Replaces the whole document with a recovered snapshot, as one undoable step on top of the saved file, so the
 * recovered document is dirty and Undo shows what was last saved.
 */
record RestoreModelCommand(ThreatModel recovered) implements Command {

    RestoreModelCommand {
        Objects.requireNonNull(recovered, "recovered");
    }

    @Override
    public String description() {
        return "Recover unsaved changes";
    }

    @Override
    public ThreatModel apply(ThreatModel model) {
        return recovered;
    }
}
