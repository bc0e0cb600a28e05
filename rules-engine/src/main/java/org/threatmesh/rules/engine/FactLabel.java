package org.threatmesh.rules.engine;

import org.threatmesh.model.ElementId;
import org.threatmesh.model.attr.AttributeKey;
import org.threatmesh.rules.internal.FactLabels;

/**
 * Unknown-fact labels compared and written without being built. A fact is either an (element, attribute) pair,
 * standing for the label {@code element.attribute}, or a label string from a rule that wrote its own (the key is
 * then null). Comparisons follow {@link String#compareTo} on the labels, so facts sort and merge exactly as their
 * label strings did.
 */
final class FactLabel {

    private FactLabel() {
    }

    /** The label's length. */
    static int length(Object subject, AttributeKey<?> key) {
        return key == null ? ((String) subject).length()
                : ((ElementId) subject).value().length() + 1 + key.name().length();
    }

    /** Character {@code i} of the label. */
    static char charAt(Object subject, AttributeKey<?> key, int i) {
        if (key == null) {
            return ((String) subject).charAt(i);
        }
        String id = ((ElementId) subject).value();
        return i < id.length() ? id.charAt(i) : i == id.length() ? '.' : key.name().charAt(i - id.length() - 1);
    }

    /** Orders two labels as {@link String#compareTo} would. */
    static int compare(Object subjectA, AttributeKey<?> keyA, Object subjectB, AttributeKey<?> keyB) {
        if (keyA == null && keyB == null) {
            return ((String) subjectA).compareTo((String) subjectB);
        }
        if (keyA != null && keyB != null) {
            String idA = ((ElementId) subjectA).value();
            String idB = ((ElementId) subjectB).value();
            // Most facts of an element are about the element itself: the labels share "id." and differ after it.
            if (idA == idB || idA.equals(idB)) {
                return keyA.name().compareTo(keyB.name());
            }
        }
        int lengthA = length(subjectA, keyA);
        int lengthB = length(subjectB, keyB);
        for (int i = 0, n = Math.min(lengthA, lengthB); i < n; i++) {
            char a = charAt(subjectA, keyA, i);
            char b = charAt(subjectB, keyB, i);
            if (a != b) {
                return a - b;
            }
        }
        return lengthA - lengthB;
    }

    /** Whether the two labels are equal. */
    static boolean equal(Object subjectA, AttributeKey<?> keyA, Object subjectB, AttributeKey<?> keyB) {
        if (keyA != null && keyB != null) {
            if (subjectA == subjectB) {
                // One element's facts, the usual case: "id.a" and "id.b" are equal exactly when a and b are.
                return keyA.name().equals(keyB.name());
            }
            if (keyA.name().equals(keyB.name()) && subjectA.equals(subjectB)) {
                return true;
            }
        }
        return length(subjectA, keyA) == length(subjectB, keyB) && compare(subjectA, keyA, subjectB, keyB) == 0;
    }

    /** The label as a string. */
    static String label(Object subject, AttributeKey<?> key) {
        return key == null ? (String) subject : FactLabels.label((ElementId) subject, key);
    }

    /** Appends the label. */
    static void appendTo(StringBuilder out, Object subject, AttributeKey<?> key) {
        if (key == null) {
            out.append((String) subject);
        } else {
            out.append(((ElementId) subject).value()).append('.').append(key.name());
        }
    }
}
