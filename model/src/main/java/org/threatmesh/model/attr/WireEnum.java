package org.threatmesh.model.attr;

import java.util.Locale;

/**
 * An enum whose constants are written to model files in lower snake case ({@code HIGHLY_SENSITIVE} becomes
 * {@code "highly_sensitive"}). Implemented by every enum that an attribute can hold.
 */
public interface WireEnum {

    /** The enum constant's name, as every enum has. */
    String name();

    /** The enum constant's position, as every enum has. */
    int ordinal();

    /** The spelling used in model files and rule messages; one shared string per constant. */
    default String wireName() {
        return WireNames.SPELLING.get(((Enum<?>) this).getDeclaringClass())[ordinal()];
    }

    /** {@link #wireName()} computed from the constant's name. */
    static String spell(WireEnum constant) {
        return constant.name().toLowerCase(Locale.ROOT);
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
