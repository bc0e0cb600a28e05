package org.threatmesh.model.attr;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Collects the keys a catalog class declares, in declaration order, so the catalog needs no reflection. */
final class KeyList {

    private final List<AttributeKey<?>> keys = new ArrayList<>();

    <T> AttributeKey<T> add(AttributeKey<T> key) {
        keys.add(key);
        return key;
    }

    List<AttributeKey<?>> view() {
        return Collections.unmodifiableList(keys);
    }
}
