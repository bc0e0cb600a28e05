package org.threatmesh.model.attr;

/** Where a call's circuit breaker lives (MS-SS-6). */
public enum CircuitBreakerPlacement implements WireEnum {
    NONE,
    CLIENT,
    SERVER,
    PROXY
}
