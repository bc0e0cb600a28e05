package org.threatmesh.model.attr;

/** How a mesh spans clusters (MS-SS-13#5). */
public enum MultiCluster implements WireEnum {
    NONE,
    SINGLE_CONTROL_PLANE,
    MULTI_CONTROL_PLANE
}
