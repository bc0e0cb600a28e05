package org.threatmesh.rules.internal;

import org.threatmesh.model.ElementId;
import org.threatmesh.model.attr.AttributeKey;

/**
 * Shares the label strings of unknown facts among the rules evaluated on one element: a dozen rules may each report
 * {@code e-cart.tls} as unknown, and a full analysis would otherwise build and keep a quarter of a million such
 * strings. The engine opens a scope per element on the evaluating thread; outside a scope labels are built fresh.
 */
public final class UnknownLabels {

    private static final ThreadLocal<UnknownLabels> CURRENT = new ThreadLocal<>();
    private static final int CAPACITY = 32;

    private final ElementId[] elements = new ElementId[CAPACITY];
    private final AttributeKey<?>[] keys = new AttributeKey<?>[CAPACITY];
    private final String[] labels = new String[CAPACITY];
    private int size;

    private UnknownLabels() {
    }

    /** Runs {@code evaluation} with labels shared among everything it reports unknown. */
    public static <T> T sharedWithin(java.util.function.Supplier<T> evaluation) {
        UnknownLabels outer = CURRENT.get();
        CURRENT.set(new UnknownLabels());
        try {
            return evaluation.get();
        } finally {
            CURRENT.set(outer);
        }
    }

    /** The label of an unknown fact, for example {@code e-cart.tls}; shared within an open scope. */
    public static String label(ElementId element, AttributeKey<?> key) {
        UnknownLabels scope = CURRENT.get();
        return scope == null ? element.value() + "." + key.name() : scope.find(element, key);
    }

    private String find(ElementId element, AttributeKey<?> key) {
        for (int i = 0; i < size; i++) {
            if (keys[i] == key && (elements[i] == element || elements[i].equals(element))) {
                return labels[i];
            }
        }
        String label = element.value() + "." + key.name();
        if (size < CAPACITY) {
            elements[size] = element;
            keys[size] = key;
            labels[size++] = label;
        }
        return label;
    }
}
