package org.threatmesh.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.threatmesh.model.attr.AttributeKey;

/**
 * A mitigation that is a change of model attributes on the finding's own element, so an editor can apply it in one
 * step ("Apply mitigation"): for example, set a call's {@code tls} to {@code mtls}. Rules whose fix is structural
 * (add a gateway, move a service) have none. A meta-test applies every remedy to every firing fixture of its rule
 * and checks that the finding is gone.
 *
 * @param label   what the button says, for example "Set call TLS to mTLS"
 * @param changes the attribute values to set, in order; at least one
 */
public record Remedy(String label, List<Change<?>> changes) {

    public Remedy {
        Objects.requireNonNull(label, "label");
        changes = List.copyOf(changes);
        if (changes.isEmpty()) {
            throw new IllegalArgumentException("a remedy changes at least one attribute");
        }
    }

    /** One attribute value to set; the value is checked against the key's domain. */
    public record Change<T>(AttributeKey<T> key, T value) {
        public Change {
            Objects.requireNonNull(key, "key");
            value = key.check(value);
        }
    }

    /** A remedy that sets {@code key} to {@code value}. */
    public static <T> Remedy set(String label, AttributeKey<T> key, T value) {
        return new Remedy(label, List.of(new Change<>(key, value)));
    }

    /** This remedy, also setting {@code key} to {@code value}. */
    public <T> Remedy and(AttributeKey<T> key, T value) {
        List<Change<?>> more = new ArrayList<>(changes);
        more.add(new Change<>(key, value));
        return new Remedy(label, more);
    }
}
