package org.threatmesh.model.attr;

/** Mesh-wide default for requests no authorization policy matches (MS-SS-13#2). */
public enum DefaultAuthz implements WireEnum {
    DENY,
    ALLOW
}
