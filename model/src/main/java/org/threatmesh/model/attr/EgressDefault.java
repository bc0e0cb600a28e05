package org.threatmesh.model.attr;

/** Mesh outbound traffic policy (SM-DR8). */
public enum EgressDefault implements WireEnum {
    ALLOW_ANY,
    REGISTRY_ONLY
}
