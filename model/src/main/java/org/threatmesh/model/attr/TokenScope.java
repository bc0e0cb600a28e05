package org.threatmesh.model.attr;

/** How far a token's audience reaches (MS-SS-2#5, MS-SS-12#5). */
public enum TokenScope implements WireEnum {
    BROAD,
    NARROW,
    PER_TRANSACTION
}
