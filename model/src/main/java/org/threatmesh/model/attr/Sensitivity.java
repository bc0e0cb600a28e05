package org.threatmesh.model.attr;

/** How sensitive the data held or carried is; ordered from least to most sensitive. */
public enum Sensitivity implements WireEnum {
    PUBLIC,
    INTERNAL,
    SENSITIVE,
    HIGHLY_SENSITIVE
}
