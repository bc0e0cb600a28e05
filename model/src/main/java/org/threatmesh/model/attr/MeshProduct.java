package org.threatmesh.model.attr;

/** The service mesh implementation. */
public enum MeshProduct implements WireEnum {
    ISTIO,
    LINKERD,
    CONSUL,
    OTHER
}
