package org.threatmesh.rules;

/** What kind of check a rule is. */
public enum RuleKind {
    /** Decided from model attributes and topology. */
    CHECK,
    /**
     * A recommendation no model attribute can show; it stays "needs attestation" until a person confirms it by
     * triaging the finding, so the coverage matrix has no silent holes.
     */
    ATTESTATION,
    /** Guidance from SP 800-204 outside the MS-SS bullets (catalog §7); shown as advisory. */
    ADVISORY
}
