package org.threatmesh.model.attr;

/** How requests of one client session are pinned to an instance (MS-SS-10). */
public enum SessionAffinity implements WireEnum {
    NONE,
    COOKIE,
    HEADER,
    SOURCE_IP
}
