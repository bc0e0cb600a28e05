package org.threatmesh.rules.engine;

import org.threatmesh.model.attr.WireEnum;

/**
 * The state of one strategy or recommendation on one element or the whole model. When several rules or elements
 * contribute, the most urgent state wins: violated &gt; needs review &gt; met &gt; not applicable.
 */
public enum CoverageStatus implements WireEnum {
    /** No rule of this strategy applies here. */
    NOT_APPLICABLE,
    /** Every applicable check passed, or its findings were triaged as mitigated or false positive. */
    MET,
    /** An unknown fact blocks a check, or an attestation is still open. */
    NEEDS_REVIEW,
    /** A check fired and its finding is open, expired or accepted as a risk. */
    VIOLATED;

    /** The more urgent of the two. */
    public CoverageStatus merge(CoverageStatus other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
