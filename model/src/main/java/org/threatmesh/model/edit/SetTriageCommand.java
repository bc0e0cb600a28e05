package org.threatmesh.model.edit;

import java.util.List;
import java.util.Objects;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.TriageDecision;
import org.threatmesh.model.TriageStatus;

/**
 * Records triage decisions on one or more findings (bulk triage) as one undo step. A decision back to
 * {@link TriageStatus#OPEN} with no justification removes the record.
 */
public record SetTriageCommand(List<TriageDecision> decisions) implements Command {

    public SetTriageCommand {
        decisions = List.copyOf(decisions);
        if (decisions.isEmpty()) {
            throw new IllegalArgumentException("no decision to record");
        }
        Objects.requireNonNull(decisions.get(0));
    }

    @Override
    public String description() {
        TriageStatus status = decisions.get(0).status();
        String what = decisions.size() == 1 ? "finding" : decisions.size() + " findings";
        return "Mark " + what + " " + status.displayName().toLowerCase();
    }

    @Override
    public ThreatModel apply(ThreatModel model) {
        ThreatModel result = model;
        for (TriageDecision decision : decisions) {
            if (decision.status() == TriageStatus.OPEN && decision.justification().isBlank()) {
                result = result.withoutTriage(decision.findingKey());
            } else {
                result = result.withTriage(decision);
            }
        }
        return result;
    }
}
