package org.threatmesh.model.attr;

import java.util.Locale;

/**
 * An enum whose constants are written to model files in lower snake case ({@code HIGHLY_SENSITIVE} becomes
 * {@code "highly_sensitive"}). Implemented by every enum that an attribute can hold.
 */
public interface WireEnum {

    /** The enum constant's name, as every enum has. */
    String name();

    /** The spelling used in model files and rule messages. */
    default String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Finds the constant of {@code type} whose wire name is {@code wire}.
     *
     * @return the constant, or {@code null} when no constant has that spelling
     */
    static <E extends Enum<E> & WireEnum> E fromWire(Class<E> type, String wire) {
        return type.cast(WireNames.BY_TYPE.get(type).get(wire));
    }
}
