package org.threatmesh.model.attr;

/** How clients can choose a version during a canary (MS-SS-9#4). */
public enum VersionSelection implements WireEnum {
    NONE,
    HEADER,
    COOKIE
}
