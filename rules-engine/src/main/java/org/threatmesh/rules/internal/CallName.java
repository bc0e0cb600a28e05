package org.threatmesh.rules.internal;

import java.util.Objects;
import org.threatmesh.model.Node;

/**
 * The display name of an unnamed call, {@code source → target} as {@code ThreatModel.nameOf} gives it, built when
 * read. A full analysis names every element it reports on, and for the 5,000-service model's 20,000 unnamed calls
 * building these names meant reading both ends' names (cold by then) and keeping 40,000 strings and arrays in the
 * result for every young collection during the analysis to copy; most are never read.
 *
 * <p>Immutable: nodes are, so every read builds an equal string (not necessarily the same instance). Compare names
 * by {@link #toString()}; like {@link StringBuilder}, this does not define {@code equals}.
 */
public final class CallName implements CharSequence {

    private final Node source;
    private final Node target;

    /** The name of a call from {@code source} to {@code target}. */
    public CallName(Node source, Node target) {
        this.source = Objects.requireNonNull(source, "source");
        this.target = Objects.requireNonNull(target, "target");
    }

    @Override
    public int length() {
        return toString().length();
    }

    @Override
    public char charAt(int index) {
        return toString().charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return toString().subSequence(start, end);
    }

    @Override
    public String toString() {
        return source.name() + " → " + target.name();
    }
}
