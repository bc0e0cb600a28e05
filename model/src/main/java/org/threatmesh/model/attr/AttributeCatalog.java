package org.threatmesh.model.attr;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.threatmesh.model.ElementType;
import org.threatmesh.model.NodeKind;

/**
 * Every attribute a model element can carry. The same name may be declared more than once only for different
 * element types (for example {@code dataSensitivity} on nodes and on edges).
 */
public final class AttributeCatalog {

    private static final List<AttributeKey<?>> ALL;
    private static final Map<ElementType, Map<String, AttributeKey<?>>> BY_ELEMENT = new LinkedHashMap<>();
    private static final Map<String, String> CANONICAL_NAMES = new java.util.HashMap<>();
    /** Each catalog name's position among all catalog names in name order; see {@link #rankOf(String)}. */
    private static final Map<String, Integer> RANK_BY_NAME;
    /** {@link #RANK_BY_NAME} by the name's slot: read on every attribute read, so an array, not a map. */
    private static final int[] RANK_BY_SLOT;

    static {
        List<AttributeKey<?>> all = new ArrayList<>();
        all.addAll(WorkloadAttributes.all());
        all.addAll(GatewayAttributes.all());
        all.addAll(InfrastructureAttributes.all());
        all.addAll(MeshAttributes.all());
        all.addAll(EdgeAttributes.all());
        all.addAll(ZoneAttributes.all());
        all.addAll(ModelAttributes.all());
        ALL = Collections.unmodifiableList(all);
        for (ElementType type : ElementType.values()) {
            BY_ELEMENT.put(type, new LinkedHashMap<>());
        }
        for (AttributeKey<?> key : ALL) {
            AttributeKey<?> previous = BY_ELEMENT.get(key.applies().element()).put(key.name(), key);
            if (previous != null) {
                throw new ExceptionInInitializerError("attribute declared twice: " + key.name());
            }
            CANONICAL_NAMES.put(key.name(), key.name());
        }
        List<String> sorted = new ArrayList<>(new java.util.TreeSet<>(CANONICAL_NAMES.keySet()));
        Map<String, Integer> ranks = new java.util.HashMap<>();
        int highestSlot = 0;
        for (AttributeKey<?> key : ALL) {
            highestSlot = Math.max(highestSlot, key.slot());
        }
        int[] bySlot = new int[highestSlot + 1];
        java.util.Arrays.fill(bySlot, -1);
        for (AttributeKey<?> key : ALL) {
            int rank = sorted.indexOf(key.name());
            ranks.put(key.name(), rank);
            bySlot[key.slot()] = rank;
        }
        RANK_BY_NAME = Map.copyOf(ranks);
        RANK_BY_SLOT = bySlot;
    }

    private AttributeCatalog() {
    }

    /** All keys, grouped by declaring class, in declaration order. */
    public static List<AttributeKey<?>> all() {
        return ALL;
    }

    /**
     * The one {@code String} instance that stands for attribute name {@code name}: the catalog key's own name, or
     * the interned string for names outside the catalog. Key names are interned too, so two canonical names are
     * equal exactly when they are the same instance.
     */
    public static String canonicalName(String name) {
        String canonical = CANONICAL_NAMES.get(name);
        return canonical != null ? canonical : name.intern();
    }

    /**
     * The position of {@code name} among the catalog's distinct names in name ({@code String}) order, or -1 for a
     * name outside the catalog. Stable for the life of the JVM.
     */
    static int rankOf(String name) {
        Integer rank = RANK_BY_NAME.get(name);
        return rank == null ? -1 : rank;
    }

    /** {@link #rankOf} of the name numbered {@code slot}; -1 for a name outside the catalog. */
    static int rankOfSlot(int slot) {
        int[] ranks = RANK_BY_SLOT;
        return slot < ranks.length ? ranks[slot] : -1;
    }

    /** How many distinct names the catalog holds. */
    static int distinctNames() {
        return RANK_BY_NAME.size();
    }

    /** The key named {@code name} for elements of {@code type}. */
    public static Optional<AttributeKey<?>> find(ElementType type, String name) {
        return Optional.ofNullable(BY_ELEMENT.get(type).get(name));
    }

    /** The keys that may be set on a node of {@code kind}, in catalog order. */
    public static List<AttributeKey<?>> forNode(NodeKind kind) {
        return ALL.stream().filter(key -> key.applies().toNode(kind)).toList();
    }

    /** The keys that may be set on elements of {@code type}, which must not be {@link ElementType#NODE}. */
    public static List<AttributeKey<?>> forElement(ElementType type) {
        if (type == ElementType.NODE) {
            throw new IllegalArgumentException("node attributes depend on the node kind; use forNode");
        }
        return List.copyOf(BY_ELEMENT.get(type).values());
    }
}
