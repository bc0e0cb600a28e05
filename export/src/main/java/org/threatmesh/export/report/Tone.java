package org.threatmesh.export.report;

import org.threatmesh.rules.Severity;

/**
 * The meaning behind a piece of emphasis. The report model says what something means; the renderer decides the
 * colour, so every severity looks the same wherever it appears.
 */
public enum Tone {
    NEUTRAL,
    CRITICAL,
    HIGH,
    MEDIUM,
    LOW,
    /** Checked and fine. */
    PASS,
    /** Undecided: needs a person's review or attestation. */
    REVIEW,
    /** Decided by triage (mitigated, accepted, false positive) or not applicable. */
    MUTED;

    public static Tone of(Severity severity) {
        return switch (severity) {
            case CRITICAL -> CRITICAL;
            case HIGH -> HIGH;
            case MEDIUM -> MEDIUM;
            case LOW -> LOW;
        };
    }
}
