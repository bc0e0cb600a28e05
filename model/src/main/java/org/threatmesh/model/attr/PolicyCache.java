package org.threatmesh.model.attr;

/** How a service uses cached access-policy data (MS-SS-2#2). */
public enum PolicyCache implements WireEnum {
    NONE,
    FALLBACK_ONLY,
    PRIMARY
}
