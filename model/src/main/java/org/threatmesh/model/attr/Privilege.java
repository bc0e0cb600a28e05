package org.threatmesh.model.attr;

/** Functional reach of a credential (MS-SS-1#4). */
public enum Privilege implements WireEnum {
    READ,
    WRITE,
    ADMIN
}
