package org.threatmesh.model.attr;

/** How a load balancer learns which backends are healthy (MS-SS-7#1). */
public enum HealthCheckMode implements WireEnum {
    NONE,
    INLINE,
    ACTIVE
}
