package org.threatmesh.model.attr;

/** How much of the inbound traffic is checked for replays (MS-SS-8#3). */
public enum ReplayProtection implements WireEnum {
    NONE,
    SAMPLED,
    FULL
}
