package org.threatmesh.model.attr;

/** What the mesh certificate authority chains to (SM-DR12, ISMC-SR-1). */
public enum CaRoot implements WireEnum {
    SELF_SIGNED,
    ENTERPRISE_PKI
}
