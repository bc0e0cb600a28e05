package org.threatmesh.model;

import org.threatmesh.model.attr.WireEnum;

/** What a trust zone stands for. */
public enum ZoneKind implements WireEnum {
    INTERNET("Internet"),
    DMZ("DMZ"),
    CLUSTER("Cluster"),
    NAMESPACE("Namespace"),
    PARTNER("Partner network"),
    EXTERNAL("External");

    private final String displayName;

    ZoneKind(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    /** Whether traffic from this zone is untrusted by default (north-south origin). */
    public boolean isUntrusted() {
        return this == INTERNET || this == EXTERNAL || this == PARTNER;
    }
}
