package org.threatmesh.model.attr;

/** How authorization context travels with an internal call (MS-SS-2#4). */
public enum AuthzContext implements WireEnum {
    NONE,
    SIGNED_TOKEN,
    PLAIN_HEADERS
}
