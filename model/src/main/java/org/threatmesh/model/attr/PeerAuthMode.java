package org.threatmesh.model.attr;

/** Mesh-wide peer authentication default (MS-SS-4#2, SM-DR6). */
public enum PeerAuthMode implements WireEnum {
    STRICT,
    PERMISSIVE,
    DISABLE
}
