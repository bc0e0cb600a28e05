package org.threatmesh.model.attr;

/** How a service instance gets into the service registry (MS-SS-3#5). */
public enum Registration implements WireEnum {
    SELF,
    THIRD_PARTY,
    PLATFORM,
    STATIC
}
