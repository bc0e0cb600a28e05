package org.threatmesh.model;

import org.threatmesh.model.attr.WireEnum;

/** A reviewer's decision about a finding. */
public enum TriageStatus implements WireEnum {
    OPEN("Open"),
    MITIGATED("Mitigated"),
    ACCEPTED_RISK("Accepted risk"),
    FALSE_POSITIVE("False positive");

    private final String displayName;

    TriageStatus(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
