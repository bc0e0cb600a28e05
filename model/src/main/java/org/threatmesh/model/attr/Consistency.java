package org.threatmesh.model.attr;

/** Consistency model of a distributed registry (MS-SS-3#7). */
public enum Consistency implements WireEnum {
    STRONG,
    EVENTUAL
}
