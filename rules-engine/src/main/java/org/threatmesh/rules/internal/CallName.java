package org.threatmesh.rules.internal;

import java.util.Objects;
import org.threatmesh.model.Node;

/**
 * The display name of an unnamed call, {@code source → target} as {@code ThreatModel.nameOf} gives it, built when
 * read. A full analysis names every element it reports on, and for the 5,000-service model's 15,000 unnamed calls
 * building these names meant reading both ends' names (cold by then) and keeping 30,000 strings and arrays in the
 * result for every young collection during the analysis to copy; most are never read.
 *
 * <p>The string is built on the first read and kept: a view that sorts or filters findings by element name reads
 * each name many times. Immutable in value (nodes are), so threads racing on the first read build equal strings
 * and either may be kept, as with {@link String#hashCode()}. Compare names by {@link #toString()}; like
 * {@link StringBuilder}, this does not define {@code equals}.
 */
public final class CallName implements CharSequence {

    private final Node source;
    private final Node target;
    /** The name once read; a String is immutable, so a racing reader sees it whole or sees null and builds it. */
    private String built;

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
        String name = built;
        if (name == null) {
            name = source.name() + " → " + target.name();
            built = name;
        }
        return name;
    }
}
