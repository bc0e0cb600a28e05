package org.threatmesh.model.attr;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An immutable set of known attribute values, keyed by attribute name. A key that is absent is unknown.
 * Iteration is in name order, which is also the order they are written in.
 */
public final class Attributes {

    private static final Attributes EMPTY = new Attributes(Collections.emptySortedMap());

    private final SortedMap<String, Object> values;

    private Attributes(SortedMap<String, Object> values) {
        this.values = values;
    }

    public static Attributes empty() {
        return EMPTY;
    }

    /** What the model says about {@code key}. */
    public <T> Fact<T> get(AttributeKey<T> key) {
        Object value = values.get(key.name());
        if (value == null) {
            return Fact.unknown();
        }
        @SuppressWarnings("unchecked")
        T typed = (T) value;
        return Fact.known(typed);
    }

    /** A copy with {@code key} set to {@code value}, checked against the key's domain. */
    public <T> Attributes with(AttributeKey<T> key, T value) {
        T canonical = key.check(value);
        if (canonical.equals(values.get(key.name()))) {
            return this;
        }
        TreeMap<String, Object> copy = new TreeMap<>(values);
        copy.put(key.name(), canonical);
        return new Attributes(Collections.unmodifiableSortedMap(copy));
    }

    /** A copy in which {@code key} is unknown. */
    public Attributes without(AttributeKey<?> key) {
        if (!values.containsKey(key.name())) {
            return this;
        }
        TreeMap<String, Object> copy = new TreeMap<>(values);
        copy.remove(key.name());
        return copy.isEmpty() ? EMPTY : new Attributes(Collections.unmodifiableSortedMap(copy));
    }

    /** A copy with {@code key} set to the fact's value, or made unknown. */
    public <T> Attributes with(AttributeKey<T> key, Fact<T> fact) {
        return fact.isKnown() ? with(key, fact.value()) : without(key);
    }

    /** The known values by attribute name, in name order. Values are immutable. */
    public SortedMap<String, Object> asMap() {
        return values;
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    public int size() {
        return values.size();
    }

    /**
     * Builds attributes from already-checked values; used by the codec, which checks each value against its key.
     */
    public static Attributes ofChecked(Map<String, Object> checked) {
        if (checked.isEmpty()) {
            return EMPTY;
        }
        return new Attributes(Collections.unmodifiableSortedMap(new TreeMap<>(checked)));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Attributes attributes && attributes.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return Objects.toString(values);
    }
}
