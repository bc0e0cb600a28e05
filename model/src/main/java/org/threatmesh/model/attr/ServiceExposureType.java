package org.threatmesh.model.attr;

/** How the orchestrator exposes a workload on the network (R204-4.1). */
public enum ServiceExposureType implements WireEnum {
    CLUSTER_IP,
    NODE_PORT,
    LOAD_BALANCER,
    PUBLIC_IP
}
