package org.threatmesh.model.attr;

/** Identity-proofing assurance behind a credential (MS-SS-1#4). */
public enum Assurance implements WireEnum {
    LOW,
    MEDIUM,
    HIGH
}
