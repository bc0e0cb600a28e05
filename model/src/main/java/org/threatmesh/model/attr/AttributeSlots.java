package org.threatmesh.model.attr;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Dense numbers for attribute names: each distinct key name gets the next number when its first key is built, and
 * keeps it for the life of the JVM. Keys declared for several element types under one name share the number.
 * {@link AttributeCatalog} maps these numbers to the names' order, by which {@link Attributes} finds a value.
 * Thread-safe.
 */
final class AttributeSlots {

    private static final ConcurrentHashMap<String, Integer> SLOTS = new ConcurrentHashMap<>();
    private static final AtomicInteger NEXT = new AtomicInteger();

    private AttributeSlots() {
    }

    /** The number of {@code name}, assigned on first request. */
    static int slotOf(String name) {
        Integer slot = SLOTS.get(name);
        return slot != null ? slot : SLOTS.computeIfAbsent(name, n -> NEXT.getAndIncrement());
    }
}
