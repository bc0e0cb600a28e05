package org.threatmesh.rules;

/** What a finding says about its element. */
public enum FindingKind {
    /** A rule fired: the model shows the problem. */
    VIOLATION,
    /** Unknown attributes block one or more checks on this element; the finding lists them as a to-do list. */
    NEEDS_REVIEW,
    /** A recommendation no attribute can show; a person must confirm it (by triage) to close it. */
    NEEDS_ATTESTATION
}
