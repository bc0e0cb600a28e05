package org.threatmesh.rules.internal;

import org.threatmesh.model.ElementId;
import org.threatmesh.model.attr.AttributeKey;

/**
 * Shares the label strings of unknown facts among the rules evaluated on one element: a dozen rules may each report
 * {@code e-cart.tls} as unknown, and a full analysis would otherwise build and keep a quarter of a million such
 * strings. The engine opens a scope per element on the evaluating thread; outside a scope labels are built fresh.
 */
public final class UnknownLabels {

    /**
     * Each thread keeps one scope and reuses it for every element it evaluates: a full analysis opens a scope for
     * each of 26,000 elements, and three fresh arrays per scope were a measurable share of its allocation.
     */
    private static final ThreadLocal<UnknownLabels> CURRENT = ThreadLocal.withInitial(UnknownLabels::new);
    private static final int CAPACITY = 32;

    private final ElementId[] elements = new ElementId[CAPACITY];
    private final AttributeKey<?>[] keys = new AttributeKey<?>[CAPACITY];
    private final String[] labels = new String[CAPACITY];
    private int size;
    private boolean open;

    private UnknownLabels() {
    }

    /** Runs {@code evaluation} with labels shared among everything it reports unknown. */
    public static <T> T sharedWithin(java.util.function.Supplier<T> evaluation) {
        UnknownLabels scope = CURRENT.get();
        if (scope.open) {
            // A nested scope shares nothing with the one around it, as a separate element's would not.
            UnknownLabels nested = new UnknownLabels();
            nested.open = true;
            CURRENT.set(nested);
            try {
                return evaluation.get();
            } finally {
                CURRENT.set(scope);
            }
        }
        scope.open = true;
        try {
            return evaluation.get();
        } finally {
            scope.close();
        }
    }

    /** The label of an unknown fact, for example {@code e-cart.tls}; shared within an open scope. */
    public static String label(ElementId element, AttributeKey<?> key) {
        UnknownLabels scope = CURRENT.get();
        return scope.open ? scope.find(element, key) : element.value() + "." + key.name();
    }

    /** Forgets this element's labels, so that the reused scope keeps nothing alive between elements. */
    private void close() {
        java.util.Arrays.fill(elements, 0, size, null);
        java.util.Arrays.fill(keys, 0, size, null);
        java.util.Arrays.fill(labels, 0, size, null);
        size = 0;
        open = false;
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
