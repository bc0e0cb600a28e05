package org.threatmesh.model.attr;

/** Where a service keeps client session state (MS-SS-10#1). */
public enum SessionState implements WireEnum {
    NONE,
    LOCAL,
    SHARED_ENCRYPTED,
    SHARED_PLAIN
}
