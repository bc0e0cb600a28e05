package org.threatmesh.model.attr;

/** Where registry capabilities run (MS-SS-3#1). */
public enum RegistryHosting implements WireEnum {
    DEDICATED,
    MESH,
    COLOCATED
}
