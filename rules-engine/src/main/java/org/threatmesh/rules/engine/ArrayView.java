package org.threatmesh.rules.engine;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * An immutable list over an array that nobody modifies after handing it over: what the engine returns where a
 * copy per read, or a list object kept per element, would cost more than the array itself.
 */
final class ArrayView<T> extends AbstractList<T> implements RandomAccess {

    private final T[] items;

    /** @param items kept, not copied; the caller must not modify it afterwards */
    ArrayView(T[] items) {
        this.items = items;
    }

    @Override
    public T get(int index) {
        return items[index];
    }

    @Override
    public int size() {
        return items.length;
    }
}
