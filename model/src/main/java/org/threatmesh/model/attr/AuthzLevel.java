package org.threatmesh.model.attr;

/** How fine-grained an authorization decision is. */
public enum AuthzLevel implements WireEnum {
    NONE,
    COARSE,
    FINE
}
