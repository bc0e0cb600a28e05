package org.threatmesh.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A triage decision on one finding, stored in the model so it survives re-analysis. A decision whose finding no
 * longer fires is kept and reported as stale, never dropped.
 *
 * @param findingKey    rule id + "@" + element id
 * @param status        the decision
 * @param justification why; required for everything but {@link TriageStatus#OPEN}
 * @param decidedBy     who decided; may be empty
 * @param decidedAt     when it was decided
 * @param expires       the day after which the decision should be reviewed again, if any
 */
public record TriageDecision(String findingKey, TriageStatus status, String justification, String decidedBy,
        Instant decidedAt, Optional<LocalDate> expires) {

    public TriageDecision {
        Objects.requireNonNull(findingKey, "findingKey");
        if (!findingKey.contains("@")) {
            throw new IllegalArgumentException("finding key must be rule id @ element id, was '" + findingKey + "'");
        }
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(justification, "justification");
        Objects.requireNonNull(decidedBy, "decidedBy");
        Objects.requireNonNull(decidedAt, "decidedAt");
        Objects.requireNonNull(expires, "expires");
        if (status != TriageStatus.OPEN && justification.isBlank()) {
            throw new IllegalArgumentException("a " + status.displayName().toLowerCase() + " decision needs a justification");
        }
        if (justification.length() > 5_000) {
            throw new IllegalArgumentException("justification is longer than 5000 characters");
        }
    }

    /** Whether the decision has expired on {@code today}. */
    public boolean isExpiredOn(LocalDate today) {
        return expires.filter(today::isAfter).isPresent();
    }
}
