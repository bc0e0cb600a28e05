package org.threatmesh.model.attr;

/** How a workload takes part in the service mesh. */
public enum MeshMode implements WireEnum {
    SIDECAR,
    AMBIENT,
    NONE
}
