package org.threatmesh.model.attr;

/** How a caller finds its targets (SP 800-204 §4.2). */
public enum DiscoveryPattern implements WireEnum {
    CLIENT_SIDE,
    SERVER_SIDE
}
