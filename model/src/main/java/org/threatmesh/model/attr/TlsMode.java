package org.threatmesh.model.attr;

/** Transport protection of a call (MS-SS-4#2). */
public enum TlsMode implements WireEnum {
    NONE,
    TLS,
    MTLS
}
