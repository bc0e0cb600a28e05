package org.threatmesh.model.attr;

/** Who or what an external client is. */
public enum ClientType implements WireEnum {
    USER,
    BROWSER,
    MOBILE,
    PARTNER_SYSTEM
}
