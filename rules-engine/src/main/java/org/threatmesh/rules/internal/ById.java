package org.threatmesh.rules.internal;

import org.threatmesh.model.ElementId;

/**
 * Values by element id, for a snapshot's nodes or calls: the values in an array, found through {@link IdNumbers}.
 * Unlike a hash map it makes no object per entry (26,600 for the 5,000-service model's nodes and calls, rebuilt
 * with every snapshot index). Immutable; the arrays are kept, not copied, and must not change.
 *
 * @param <V> the value type
 */
public final class ById<V> {

    private final IdNumbers numbers;
    private final V[] values;

    private ById(IdNumbers numbers, V[] values) {
        if (numbers.size() != values.length) {
            throw new IllegalArgumentException(numbers.size() + " ids for " + values.length + " values");
        }
        this.numbers = numbers;
        this.values = values;
    }

    /** {@code values[i]} under {@code ids[i]}; the ids must be distinct and non-null. */
    public static <V> ById<V> of(ElementId[] ids, V[] values) {
        return new ById<>(IdNumbers.of(ids), values);
    }

    /** {@code values[i]} under the id numbered {@code i}. */
    public static <V> ById<V> of(IdNumbers numbers, V[] values) {
        return new ById<>(numbers, values);
    }

    /** The value under {@code id}, or null. */
    public V get(ElementId id) {
        int number = numbers.numberOf(id);
        return number < 0 ? null : values[number];
    }

    /** The value numbered {@code number}, which must be in {@code [0, size())}. */
    public V at(int number) {
        return values[number];
    }

    public int size() {
        return values.length;
    }
}
