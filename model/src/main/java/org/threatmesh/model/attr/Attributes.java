package org.threatmesh.model.attr;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An immutable set of known attribute values, keyed by attribute name. A key that is absent is unknown.
 * Iteration is in name order, which is also the order they are written in.
 *
 * <p>Rules read attributes hundreds of thousands of times per analysis, so values sit in two parallel arrays sorted
 * by name whose names are the catalog's own {@code String} instances, and a read finds its value without hashing,
 * comparing or scanning. Each catalog name has a rank, its position among all catalog names in name order; a set
 * of catalog names keeps one bit per rank in three {@code long} fields, and a value's index in the arrays is the
 * number of bits set below its rank. The {@link #asMap() map view} is built only when asked for.
 *
 * <p>Why bits in the object itself: a read used to go from the set to a shared table of positions for its names.
 * Sets whose names differ (on a generated 5,000-service model, all 26,600 of them) each had a table of their own,
 * two more objects per element that a rule's first read of an element fetched from memory one after the other.
 */
public final class Attributes {

    /** Ranks a set can hold bits for; {@code AttributeSlotsTest} checks that the catalog fits. */
    static final int RANK_CAPACITY = 3 * Long.SIZE;

    private static final Attributes EMPTY = new Attributes(new String[0], new Fact<?>[0]);

    private final String[] names;
    // Known facts rather than bare values: a read hands out the stored fact instead of allocating one.
    private final Fact<?>[] facts;
    private volatile SortedMap<String, Object> map;
    /** Bit {@code r} of {@code ranks0..2} (64 each) is set when the set holds the catalog name of rank r. */
    private final long ranks0;
    private final long ranks1;
    private final long ranks2;
    /** False when a name is outside the catalog (or past {@link #RANK_CAPACITY}): reads then scan the names. */
    private final boolean ranked;

    private Attributes(String[] names, Fact<?>[] facts) {
        this.names = names;
        this.facts = facts;
        long[] bits = new long[3];
        boolean allRanked = true;
        for (String name : names) {
            int rank = AttributeCatalog.rankOf(name);
            if (rank < 0 || rank >= RANK_CAPACITY) {
                allRanked = false;
                break;
            }
            bits[rank >>> 6] |= 1L << rank;
        }
        this.ranked = allRanked;
        this.ranks0 = bits[0];
        this.ranks1 = bits[1];
        this.ranks2 = bits[2];
    }

    public static Attributes empty() {
        return EMPTY;
    }

    /** What the model says about {@code key}. */
    public <T> Fact<T> get(AttributeKey<T> key) {
        if (!ranked) {
            @SuppressWarnings("unchecked")
            Fact<T> scanned = (Fact<T>) get(key.name());
            return scanned;
        }
        int rank = AttributeCatalog.rankOfSlot(key.slot());
        long word;
        int before;
        // Names are sorted, so a value's index is how many held names rank below it.
        switch (rank >>> 6) {
            case 0 -> {
                word = ranks0;
                before = 0;
            }
            case 1 -> {
                word = ranks1;
                before = Long.bitCount(ranks0);
            }
            case 2 -> {
                word = ranks2;
                before = Long.bitCount(ranks0) + Long.bitCount(ranks1);
            }
            default -> {
                // A key outside the catalog (rank -1): a ranked set holds catalog names only.
                return Fact.unknown();
            }
        }
        long bit = 1L << rank;
        if ((word & bit) == 0) {
            return Fact.unknown();
        }
        @SuppressWarnings("unchecked")
        Fact<T> fact = (Fact<T>) facts[before + Long.bitCount(word & (bit - 1))];
        return fact;
    }

    /** {@code name} must be canonical: every {@link AttributeKey#name()} is. */
    private Object valueOf(String name) {
        String[] keys = names;
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] == name) {
                return facts[i].value();
            }
        }
        return null;
    }

    /** A copy with {@code key} set to {@code value}, checked against the key's domain. */
    public <T> Attributes with(AttributeKey<T> key, T value) {
        T canonical = key.check(value);
        if (canonical.equals(valueOf(key.name()))) {
            return this;
        }
        TreeMap<String, Object> copy = new TreeMap<>(asMap());
        copy.put(key.name(), canonical);
        return of(copy);
    }

    /** A copy in which {@code key} is unknown. */
    public Attributes without(AttributeKey<?> key) {
        if (valueOf(key.name()) == null) {
            return this;
        }
        TreeMap<String, Object> copy = new TreeMap<>(asMap());
        copy.remove(key.name());
        return of(copy);
    }

    /** A copy with {@code key} set to the fact's value, or made unknown. */
    public <T> Attributes with(AttributeKey<T> key, Fact<T> fact) {
        return fact.isKnown() ? with(key, fact.value()) : without(key);
    }

    /**
     * The names whose value differs between this and {@code other}, including names known in only one of them.
     */
    public java.util.Set<String> differingNames(Attributes other) {
        java.util.Set<String> result = new java.util.HashSet<>();
        for (int i = 0; i < names.length; i++) {
            if (!facts[i].equals(other.get(names[i]))) {
                result.add(names[i]);
            }
        }
        for (int i = 0; i < other.names.length; i++) {
            if (get(other.names[i]).isUnknown()) {
                result.add(other.names[i]);
            }
        }
        return result;
    }

    private Fact<?> get(String canonicalName) {
        for (int i = 0; i < names.length; i++) {
            if (names[i] == canonicalName) {
                return facts[i];
            }
        }
        return Fact.unknown();
    }

    /** The names of the known values, in name order. */
    public List<String> names() {
        return Collections.unmodifiableList(Arrays.asList(names));
    }

    /** The known values by attribute name, in name order. Values are immutable. */
    public SortedMap<String, Object> asMap() {
        SortedMap<String, Object> view = map;
        if (view == null) {
            TreeMap<String, Object> built = new TreeMap<>();
            for (int i = 0; i < names.length; i++) {
                built.put(names[i], facts[i].value());
            }
            view = Collections.unmodifiableSortedMap(built);
            map = view;
        }
        return view;
    }

    public boolean isEmpty() {
        return names.length == 0;
    }

    public int size() {
        return names.length;
    }

    /**
     * Builds attributes from already-checked values; used by the codec, which checks each value against its key.
     */
    public static Attributes ofChecked(Map<String, Object> checked) {
        if (checked.isEmpty()) {
            return EMPTY;
        }
        return of(checked instanceof SortedMap<String, Object> sorted && sorted.comparator() == null
                ? sorted : new TreeMap<>(checked));
    }

    private static Attributes of(SortedMap<String, Object> sorted) {
        if (sorted.isEmpty()) {
            return EMPTY;
        }
        String[] names = new String[sorted.size()];
        Fact<?>[] facts = new Fact<?>[sorted.size()];
        int i = 0;
        for (Map.Entry<String, Object> entry : sorted.entrySet()) {
            names[i] = AttributeCatalog.canonicalName(entry.getKey());
            facts[i] = Fact.shared(Objects.requireNonNull(entry.getValue(), "value of " + entry.getKey()));
            i++;
        }
        return new Attributes(names, facts);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Attributes attributes && Arrays.equals(attributes.names, names)
                && Arrays.equals(attributes.facts, facts);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(names) + Arrays.hashCode(facts);
    }

    @Override
    public String toString() {
        return asMap().toString();
    }
}
