package org.threatmesh.app.inspector;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.threatmesh.model.attr.AttributeKey;
import org.threatmesh.model.attr.ValueType;
import org.threatmesh.model.attr.WireEnum;

/**
 * One attribute in the inspector, for the whole selection: the shown text (empty when unknown), whether the
 * selected elements disagree ("mixed"), and the validation message of the last edit. Edits go through the
 * owning {@link InspectorViewModel}, which turns them into commands.
 */
public final class PropertyRow {

    private final AttributeKey<?> key;
    private final InspectorViewModel owner;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final ReadOnlyBooleanWrapper mixed = new ReadOnlyBooleanWrapper(this, "mixed");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    PropertyRow(AttributeKey<?> key, InspectorViewModel owner) {
        this.key = key;
        this.owner = owner;
    }

    public AttributeKey<?> key() {
        return key;
    }

    /** The value as text: a choice label for enums and booleans, empty when unknown or mixed. */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public String text() {
        return text.get();
    }

    /** True when the selected elements hold different values. */
    public ReadOnlyBooleanProperty mixedProperty() {
        return mixed.getReadOnlyProperty();
    }

    /** Why the last edit was refused; empty when it was accepted. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public String error() {
        return error.get();
    }

    /** For enum and boolean attributes, the choices: "unknown" first, then every value. Empty for other types. */
    public List<String> choices() {
        List<String> result = new ArrayList<>();
        if (key.type() == ValueType.ENUM) {
            result.add(ValueFormat.UNKNOWN);
            for (WireEnum constant : key.enumConstants()) {
                result.add(ValueFormat.label(constant));
            }
        } else if (key.type() == ValueType.BOOLEAN) {
            result.addAll(List.of(ValueFormat.UNKNOWN, "yes", "no"));
        }
        return result;
    }

    /** Whether the editor is a choice (enums, booleans) rather than a text field. */
    public boolean isChoice() {
        return key.type() == ValueType.ENUM || key.type() == ValueType.BOOLEAN;
    }

    /** Picks one of {@link #choices()}; "unknown" clears the value on every selected element. */
    public void choose(String choice) {
        owner.edit(this, ValueFormat.UNKNOWN.equals(choice) ? "" : choice, "");
    }

    /**
     * Text typed into the field. Keystrokes sharing {@code editSession} (one focus of one field) merge into one
     * undo step; an invalid text sets {@link #errorProperty()} and changes nothing.
     */
    public void type(String typed, String editSession) {
        owner.edit(this, typed, editSession);
    }

    void show(String value, boolean isMixed) {
        text.set(Objects.requireNonNull(value));
        mixed.set(isMixed);
    }

    void setError(String message) {
        error.set(message);
    }
}
