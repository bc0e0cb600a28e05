package org.threatmesh.rules.internal;

import org.threatmesh.model.ElementId;
import org.threatmesh.model.attr.AttributeKey;
import org.threatmesh.rules.Outcome;

/**
 * Shares the unknown outcome of one fact among the rules evaluated on the same element. An element's rules run one
 * after the other on one thread, and many of them wait on the same fact (every transport rule on a call whose
 * {@code tls} is unknown): the 5,000-service model gave 190,000 unknown outcomes for far fewer distinct facts, each
 * an outcome and a label list that the result kept and every young collection during the analysis copied.
 *
 * <p>Each thread remembers the last outcome per attribute key in a small direct-mapped table; an entry is reused
 * only for the identical element id and key, so an outcome is never shared between different facts. Outcomes are
 * immutable values, so sharing one is invisible to readers. The table holds a few dozen outcomes per thread, which
 * keep only an element id and a key alive.
 */
public final class RecentUnknowns {

    private static final int ENTRIES = 64;
    private static final ThreadLocal<Outcome.Unknown[]> RECENT =
            ThreadLocal.withInitial(() -> new Outcome.Unknown[ENTRIES]);

    private RecentUnknowns() {
    }

    /** An outcome equal to {@code Outcome.Unknown.of(element, key)}, shared where possible. */
    public static Outcome.Unknown of(ElementId element, AttributeKey<?> key) {
        Outcome.Unknown[] recent = RECENT.get();
        int hash = System.identityHashCode(key);
        int at = (hash ^ hash >>> 16) & (ENTRIES - 1);
        Outcome.Unknown cached = recent[at];
        if (cached != null && cached.singleElement() == element && cached.singleKey() == key) {
            return cached;
        }
        Outcome.Unknown fresh = Outcome.Unknown.of(element, key);
        recent[at] = fresh;
        return fresh;
    }
}
