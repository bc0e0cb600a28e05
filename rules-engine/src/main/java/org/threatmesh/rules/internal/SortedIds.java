package org.threatmesh.rules.internal;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import org.threatmesh.model.ElementId;

/**
 * An immutable set of ids in id order, held in a sorted array: what a {@code TreeSet} of a node's neighbours
 * answered, without a tree entry per id. Rules ask for the callers or callees of most nodes once per evaluation and
 * only iterate them or ask {@link #contains}, which is a binary search.
 *
 * @param <T> the id type
 */
public final class SortedIds<T extends ElementId> extends AbstractSet<T> {

    private final T[] ids;

    private SortedIds(T[] ids) {
        this.ids = ids;
    }

    /**
     * The first {@code count} of {@code ids}, which must be distinct and in id order already; the array is kept when
     * it holds exactly those, so the caller must not use it after.
     */
    public static <T extends ElementId> Set<T> ofSorted(T[] ids, int count) {
        if (count == 0) {
            return Set.of();
        }
        return new SortedIds<>(count == ids.length ? ids : Arrays.copyOf(ids, count));
    }

    @Override
    public boolean contains(Object other) {
        return other instanceof ElementId id && Arrays.binarySearch(ids, id) >= 0;
    }

    @Override
    public int size() {
        return ids.length;
    }

    @Override
    public Iterator<T> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < ids.length;
            }

            @Override
            public T next() {
                if (next >= ids.length) {
                    throw new NoSuchElementException();
                }
                return ids[next++];
            }
        };
    }
}
