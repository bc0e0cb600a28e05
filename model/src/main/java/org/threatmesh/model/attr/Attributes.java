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
 * by name whose names are the catalog's own {@code String} instances: a read is a short identity scan, with no
 * hashing, comparing or boxing of map entries. The {@link #asMap() map view} is built only when asked for.
 */
public final class Attributes {

    private static final Attributes EMPTY = new Attributes(new String[0], new Fact<?>[0]);

    private final String[] names;
    // Known facts rather than bare values: a read hands out the stored fact instead of allocating one.
    private final Fact<?>[] facts;
    private volatile SortedMap<String, Object> map;
    /**
     * Where each name sits, built on the first read: a read is then two array loads, where scanning the names cost
     * a tenth of a full analysis (rules read attributes that are mostly absent, and an absent name scanned them
     * all). Not volatile: a layout's fields are final, so a thread that sees the reference sees it whole, and two
     * threads racing to build it build equal ones.
     */
    private AttributeSlots.Layout layout;

    private Attributes(String[] names, Fact<?>[] facts) {
        this.names = names;
        this.facts = facts;
    }

    public static Attributes empty() {
        return EMPTY;
    }

    /** What the model says about {@code key}. */
    public <T> Fact<T> get(AttributeKey<T> key) {
        AttributeSlots.Layout positions = layout;
        if (positions == null) {
            positions = AttributeSlots.layoutOf(names);
            layout = positions;
        }
        if (positions.indexed()) {
            int at = positions.indexOf(key.slot());
            @SuppressWarnings("unchecked")
            Fact<T> fact = at < 0 ? Fact.unknown() : (Fact<T>) facts[at];
            return fact;
        }
        String name = key.name();
        String[] keys = names;
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] == name) {
                @SuppressWarnings("unchecked")
                Fact<T> fact = (Fact<T>) facts[i];
                return fact;
            }
        }
        return Fact.unknown();
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
