package org.threatmesh.model.edit;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.threatmesh.model.ElementId;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.attr.AttributeKey;
import org.threatmesh.model.attr.Fact;

/**
 * Sets one attribute on one or more elements (multi-selection edits), or makes it unknown.
 *
 * @param targets  the elements to change
 * @param key      the attribute
 * @param value    the new value; unknown clears it
 * @param mergeKey commands with the same non-empty merge key pushed back to back merge into one undo step; the
 *                 inspector uses one key per field editing session so keystrokes in one field undo together
 */
public record SetAttributeCommand<T>(List<ElementId> targets, AttributeKey<T> key, Fact<T> value, String mergeKey)
        implements Command {

    public SetAttributeCommand {
        targets = List.copyOf(targets);
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(mergeKey, "mergeKey");
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("no element to change");
        }
    }

    public static <T> SetAttributeCommand<T> of(ElementId target, AttributeKey<T> key, T value) {
        return new SetAttributeCommand<>(List.of(target), key, Fact.known(value), "");
    }

    public static <T> SetAttributeCommand<T> clear(ElementId target, AttributeKey<T> key) {
        return new SetAttributeCommand<>(List.of(target), key, Fact.unknown(), "");
    }

    @Override
    public String description() {
        String what = targets.size() == 1 ? "" : " on " + targets.size() + " elements";
        return (value.isKnown() ? "Set " : "Clear ") + key.name() + what;
    }

    @Override
    public ThreatModel apply(ThreatModel model) {
        ThreatModel result = model;
        for (ElementId target : targets) {
            result = Elements.updateAttributes(result, target, attributes -> attributes.with(key, value));
        }
        return result;
    }

    @Override
    public Optional<Command> mergeWith(Command next) {
        if (!mergeKey.isEmpty() && next instanceof SetAttributeCommand<?> other && other.mergeKey.equals(mergeKey)
                && other.targets.equals(targets) && other.key.equals(key)) {
            return Optional.of(other);
        }
        return Optional.empty();
    }
}
