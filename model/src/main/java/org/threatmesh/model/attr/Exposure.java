package org.threatmesh.model.attr;

/** API class per SP 800-204 §2.6: who is meant to call it. */
public enum Exposure implements WireEnum {
    PUBLIC,
    PARTNER,
    PRIVATE
}
