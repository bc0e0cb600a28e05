package org.threatmesh.model.attr;

/** Interaction style of a call (SP 800-204 §2.5). */
public enum CallMode implements WireEnum {
    SYNC,
    ASYNC
}
