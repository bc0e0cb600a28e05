package org.threatmesh.model.attr;

/** Where an API gateway sits (SP 800-204 §2.7.1). */
public enum GatewayTier implements WireEnum {
    EDGE,
    MICRO
}
