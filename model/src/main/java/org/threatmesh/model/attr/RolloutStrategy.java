package org.threatmesh.model.attr;

/** How traffic moves to a new version (MS-SS-9#2). */
public enum RolloutStrategy implements WireEnum {
    ALL_AT_ONCE,
    STEPPED
}
