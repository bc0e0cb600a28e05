package org.threatmesh.app.findings;

import org.threatmesh.rules.Severity;

/**
 * What the canvas shows on one element: how many findings pass the overlay's filter and the worst of them.
 *
 * @param count at least one
 * @param worst the highest severity among them
 */
public record Badge(int count, Severity worst) {

    /** The badge's text, for example {@code "3 high"}. */
    public String text() {
        return count + " " + worst.name().toLowerCase();
    }

    Badge plus(Severity severity) {
        return new Badge(count + 1, severity.isAtLeast(worst) ? severity : worst);
    }
}
