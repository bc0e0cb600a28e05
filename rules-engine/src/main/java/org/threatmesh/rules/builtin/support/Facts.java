package org.threatmesh.rules.builtin.support;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.threatmesh.model.Edge;
import org.threatmesh.model.ElementId;
import org.threatmesh.model.ModelId;
import org.threatmesh.model.Node;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.TrustZone;
import org.threatmesh.model.attr.AttributeKey;
import org.threatmesh.model.attr.Fact;
import org.threatmesh.rules.AnalysisContext;
import org.threatmesh.rules.Outcome;

/**
 * Reads facts for one rule evaluation and remembers every unknown one, so that a rule which cannot decide can name
 * all the facts that block it in one {@link Outcome.Unknown}. Not thread-safe: get one per evaluation from
 * {@link #collect()}.
 *
 * <p>A collector must not outlive the evaluation that got it: keep the outcome it builds, never the collector.
 * While the engine evaluates rules on a thread it lets {@link #collect()} hand out that thread's collectors of
 * earlier evaluations again, emptied ({@link #reusing()}). A full analysis of the 5,000-service model made 450,000
 * collectors, a quarter of everything it allocated, and every young collection during it was sooner for them.
 */
public final class Facts {

    private static final ThreadLocal<Reuse> REUSE = ThreadLocal.withInitial(Reuse::new);

    // Pairs, not labels: the same fact is often read twice, and the outcome keeps pairs too. The first unknown is
    // held in two fields and the array created on the second: most blocked checks wait on one fact. One array of
    // (element, key) pairs rather than two arrays, and no more fields than needed: a full analysis creates a
    // collector per rule evaluation, 400,000 on the 5,000-service model, and they were a sixth of its allocation.
    private ElementId firstElement;
    private AttributeKey<?> firstKey;
    /** Element and key of fact {@code i} at {@code 2i} and {@code 2i + 1}, once there are two facts. */
    private Object[] pairs;
    private int count;

    // Whole-model rules can meet thousands of unknown facts; past a handful, duplicates are found by hashing
    // instead of a scan, which would make such a rule quadratic in the model size.
    private static final int SCAN_LIMIT = 8;
    private Set<UnknownFact> seen;

    private record UnknownFact(ElementId element, String attribute) {
    }

    private Facts() {
    }

    /**
     * An empty collector for the unknown facts one evaluation meets: a new one, or during an engine evaluation one
     * this thread used in an earlier evaluation.
     */
    public static Facts collect() {
        Reuse reuse = REUSE.get();
        return reuse.open ? reuse.take() : new Facts();
    }

    /**
     * Opens reuse of collectors on this thread until the scope closes. The engine opens one around the rules it
     * evaluates on an element and marks each next rule with {@link Scope#nextEvaluation()}, after which the
     * collectors handed out since the scope opened are handed out again. A scope opened inside another (a thread
     * that helps the pool while it waits may start another element) never hands out the outer scope's collectors.
     */
    public static Scope reusing() {
        Reuse reuse = REUSE.get();
        Scope scope = reuse.scopeAtDepth();
        scope.outerOpen = reuse.open;
        scope.outerBase = reuse.base;
        scope.outerUsed = reuse.used;
        reuse.base = reuse.open ? reuse.used : 0;
        reuse.used = reuse.base;
        reuse.open = true;
        return scope;
    }

    /**
     * An open reuse of collectors on one thread; see {@link #reusing()}. Must be closed once, on that thread, inner
     * scopes first, and not used after closing: the engine opens one per element (26,000 in a large analysis), so a
     * thread keeps one scope object per nesting depth and hands it out again.
     */
    public static final class Scope implements AutoCloseable {

        private final Reuse reuse;
        private final int depth;
        private boolean outerOpen;
        private int outerBase;
        private int outerUsed;

        private Scope(Reuse reuse, int depth) {
            this.reuse = reuse;
            this.depth = depth;
        }

        /** The evaluation that got the collectors handed out so far has ended; they may be handed out again. */
        public void nextEvaluation() {
            reuse.used = reuse.base;
        }

        /** @throws IllegalStateException when this is not the thread's innermost open scope */
        @Override
        public void close() {
            if (reuse.depth != depth + 1) {
                throw new IllegalStateException("reuse scopes close once, innermost first");
            }
            reuse.depth = depth;
            reuse.open = outerOpen;
            reuse.base = outerBase;
            reuse.used = outerUsed;
        }
    }

    /**
     * One thread's collectors: {@code pool[base .. used)} are in use by the current evaluation of the innermost
     * open scope, {@code pool[0 .. base)} by outer scopes.
     */
    private static final class Reuse {

        private boolean open;
        private int base;
        private int used;
        private Facts[] pool = new Facts[4];
        /** How many scopes are open; {@code scopes[d]} is the scope handed out at depth {@code d}. */
        private int depth;
        private Scope[] scopes = new Scope[2];

        Scope scopeAtDepth() {
            if (depth == scopes.length) {
                scopes = Arrays.copyOf(scopes, 2 * depth);
            }
            Scope scope = scopes[depth];
            if (scope == null) {
                scope = new Scope(this, depth);
                scopes[depth] = scope;
            }
            depth++;
            return scope;
        }

        Facts take() {
            if (used == pool.length) {
                pool = Arrays.copyOf(pool, 2 * used);
            }
            Facts facts = pool[used];
            if (facts == null) {
                facts = new Facts();
                pool[used] = facts;
            } else {
                facts.clear();
            }
            used++;
            return facts;
        }
    }

    /** Forgets every fact read; the pair array stays for the next evaluation. */
    private void clear() {
        if (pairs != null) {
            Arrays.fill(pairs, 0, Math.min(pairs.length, 2 * count), null);
        }
        firstElement = null;
        firstKey = null;
        count = 0;
        seen = null;
    }

    public <T> Fact<T> of(Node node, AttributeKey<T> key) {
        return track(node.id(), key, node.get(key));
    }

    public <T> Fact<T> of(Edge edge, AttributeKey<T> key) {
        return track(edge.id(), key, edge.get(key));
    }

    public <T> Fact<T> of(TrustZone zone, AttributeKey<T> key) {
        return track(zone.id(), key, zone.get(key));
    }

    public <T> Fact<T> of(ThreatModel model, AttributeKey<T> key) {
        return track(ModelId.MODEL, key, model.get(key));
    }

    /** Records {@code fact} as read from {@code element}; an unknown fact is remembered as blocking. */
    public <T> Fact<T> track(ElementId element, AttributeKey<?> key, Fact<T> fact) {
        if (fact.isUnknown()) {
            add(element, key);
        }
        return fact;
    }

    private void add(ElementId element, AttributeKey<?> key) {
        if (count == 0) {
            firstElement = element;
            firstKey = key;
            count = 1;
            return;
        }
        if (seen != null) {
            if (!seen.add(new UnknownFact(element, key.name()))) {
                return;
            }
        } else {
            for (int i = 0; i < count; i++) {
                if (keyAt(i).name().equals(key.name()) && elementAt(i).equals(element)) {
                    return;
                }
            }
            if (count == SCAN_LIMIT) {
                seen = new HashSet<>();
                for (int i = 0; i < count; i++) {
                    seen.add(new UnknownFact(elementAt(i), keyAt(i).name()));
                }
                seen.add(new UnknownFact(element, key.name()));
            }
        }
        if (count == 1) {
            // The array may be left from an earlier evaluation (see reusing()); only the count says what it holds.
            if (pairs == null) {
                pairs = new Object[8];
            }
            pairs[0] = firstElement;
            pairs[1] = firstKey;
        } else if (2 * count == pairs.length) {
            pairs = Arrays.copyOf(pairs, 4 * count);
        }
        pairs[2 * count] = element;
        pairs[2 * count + 1] = key;
        count++;
    }

    private ElementId elementAt(int i) {
        return count < 2 ? firstElement : (ElementId) pairs[2 * i];
    }

    private AttributeKey<?> keyAt(int i) {
        return count < 2 ? firstKey : (AttributeKey<?>) pairs[2 * i + 1];
    }

    /** Adds the unknown facts {@code other} has read, for rules that decide parts of a target separately. */
    public void include(Facts other) {
        for (int i = 0; i < other.count; i++) {
            add(other.elementAt(i), other.keyAt(i));
        }
    }

    /** Whether any fact read so far was unknown. */
    public boolean anyUnknown() {
        return count > 0;
    }

    /** The unknown facts read so far, in reading order. */
    public List<String> unknowns() {
        List<String> labels = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            labels.add(AnalysisContext.unknownFact(elementAt(i), keyAt(i)));
        }
        return labels;
    }

    /**
     * The outcome that names every unknown fact read so far.
     *
     * @throws IllegalStateException when every fact was known
     */
    public Outcome unknownOutcome() {
        if (count == 0) {
            throw new IllegalStateException("no unknown fact was read");
        }
        // Pairs, not label strings: the labels of a full analysis were a sixth of its live result.
        return count == 1 ? Outcome.unknown(firstElement, firstKey) : Outcome.Unknown.ofPairs(pairs, count);
    }

    /** Same as {@link #unknownOutcome()}. */
    public Outcome unknown() {
        return unknownOutcome();
    }

    /** Unknown when something was unknown, else pass. */
    public Outcome unknownOrPass() {
        return anyUnknown() ? unknownOutcome() : Outcome.PASS;
    }

    /** A reference to a catalog rule label, for example {@code R204-4.2a}; these labels are not NIST's. */
    public static org.threatmesh.rules.Reference catalog(String label) {
        return new org.threatmesh.rules.Reference(Meta.CATALOG, label);
    }

    /** The spelling of a value in model files and messages (see {@link Evidences#wire}). */
    public static String wire(Object value) {
        return Evidences.wire(value);
    }

    /** Evidence that {@code element}'s {@code key} has the value of {@code fact} ("unknown" when unknown). */
    public static org.threatmesh.rules.Evidence evidence(ElementId element, AttributeKey<?> key, Fact<?> fact) {
        return Evidences.of(element, key, fact);
    }

    /** Evidence of a derived property, for example {@code reachable from internet = true}. */
    public static org.threatmesh.rules.Evidence evidence(ElementId element, String property, Object value) {
        return Evidences.derived(element, property, value);
    }
}
