package org.threatmesh.rules;

import org.threatmesh.model.attr.WireEnum;

/** How bad a finding is, per the catalog's severity rubric (§5). Ordered from least to most severe. */
public enum Severity implements WireEnum {
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL;

    /** {@code values()} copies its array on every call; the rubric's modifiers raise and lower on most findings. */
    private static final Severity[] LEVELS = values();

    /** One level up, never above critical. */
    public Severity raise() {
        return this == CRITICAL ? CRITICAL : LEVELS[ordinal() + 1];
    }

    /** One level down, never below low. */
    public Severity lower() {
        return this == LOW ? LOW : LEVELS[ordinal() - 1];
    }

    public boolean isAtLeast(Severity other) {
        return compareTo(other) >= 0;
    }
}
