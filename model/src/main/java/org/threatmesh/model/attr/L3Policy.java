package org.threatmesh.model.attr;

/** Layer-3/4 network policy inside a trust zone (MS-SS-13#6). */
public enum L3Policy implements WireEnum {
    NONE,
    DEFAULT_DENY,
    ALLOWLIST
}
