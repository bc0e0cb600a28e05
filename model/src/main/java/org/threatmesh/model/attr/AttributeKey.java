package org.threatmesh.model.attr;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A typed attribute name, with what the inspector and the file format need to know about it: its value type and
 * domain, where it applies, its unit and a one-line meaning. Keys are compared by name; the catalog guarantees
 * names are unique.
 *
 * @param <T> the Java type of the value: an enum, {@link Boolean}, {@link Integer}, {@link String},
 *            {@code List<String>} or {@code List<ServiceVersion>}
 */
public final class AttributeKey<T> {

    private static final int MAX_TEXT = 2_000;
    private static final int MAX_LIST = 500;

    private final String name;
    private final ValueType type;
    private final Class<?> enumType;
    private final Applies applies;
    private final String group;
    private final String description;
    private final String unit;
    private final int min;
    private final int max;
    private final List<WireEnum> constants;
    private final Map<String, WireEnum> constantsByWireName;
    /** The name's dense number (see {@link AttributeSlots}), by which {@link Attributes} finds the value. */
    private final int slot;

    private AttributeKey(String name, ValueType type, Class<?> enumType, Applies applies, String group,
            String description, String unit, int min, int max) {
        // Interned so that Attributes can find values by identity (see AttributeCatalog.canonicalName).
        this.name = Objects.requireNonNull(name).intern();
        this.slot = AttributeSlots.slotOf(this.name);
        this.type = type;
        this.enumType = enumType;
        this.applies = applies;
        this.group = group;
        this.description = description;
        this.unit = unit;
        this.min = min;
        this.max = max;
        this.constants = enumType == null ? List.of() : List.of((WireEnum[]) enumType.getEnumConstants());
        Map<String, WireEnum> byWire = new HashMap<>();
        constants.forEach(constant -> byWire.put(constant.wireName(), constant));
        this.constantsByWireName = Map.copyOf(byWire);
    }

    public static <E extends Enum<E> & WireEnum> AttributeKey<E> ofEnum(String name, Class<E> type, Applies applies,
            String group, String description) {
        return new AttributeKey<>(name, ValueType.ENUM, type, applies, group, description, "", 0, 0);
    }

    public static AttributeKey<Boolean> ofBoolean(String name, Applies applies, String group, String description) {
        return new AttributeKey<>(name, ValueType.BOOLEAN, null, applies, group, description, "", 0, 0);
    }

    public static AttributeKey<Integer> ofInteger(String name, String unit, int min, int max, Applies applies,
            String group, String description) {
        return new AttributeKey<>(name, ValueType.INTEGER, null, applies, group, description, unit, min, max);
    }

    public static AttributeKey<String> ofText(String name, Applies applies, String group, String description) {
        return new AttributeKey<>(name, ValueType.TEXT, null, applies, group, description, "", 0, 0);
    }

    public static AttributeKey<List<String>> ofTextList(String name, Applies applies, String group,
            String description) {
        return new AttributeKey<>(name, ValueType.TEXT_LIST, null, applies, group, description, "", 0, 0);
    }

    public static AttributeKey<List<ServiceVersion>> ofVersions(String name, Applies applies, String group,
            String description) {
        return new AttributeKey<>(name, ValueType.VERSIONS, null, applies, group, description, "", 0, 0);
    }

    /** The name used in model files, in camel case. */
    public String name() {
        return name;
    }

    int slot() {
        return slot;
    }

    public ValueType type() {
        return type;
    }

    /** For {@link ValueType#ENUM} keys, the enum's constants in declaration order; otherwise empty. */
    public List<WireEnum> enumConstants() {
        return constants;
    }

    /** For {@link ValueType#ENUM} keys, the constant spelled {@code wireName} in files, if there is one. */
    public Optional<WireEnum> enumConstant(String wireName) {
        return Optional.ofNullable(constantsByWireName.get(wireName));
    }

    /** For {@link ValueType#ENUM} keys, the enum class. */
    public Optional<Class<?>> enumType() {
        return Optional.ofNullable(enumType);
    }

    public Applies applies() {
        return applies;
    }

    /** The inspector section this key is shown in, for example "Transport". */
    public String group() {
        return group;
    }

    /** What the attribute means, in one sentence. */
    public String description() {
        return description;
    }

    /** The unit of an integer value, for example "s" or "ms"; empty when unitless. */
    public String unit() {
        return unit;
    }

    /** Smallest allowed integer value. */
    public int min() {
        return min;
    }

    /** Largest allowed integer value. */
    public int max() {
        return max;
    }

    /**
     * Checks that {@code value} is a valid value for this key and returns it in its canonical immutable form.
     *
     * @throws IllegalArgumentException with a message fit for the user when the value is not allowed
     */
    public T check(Object value) {
        Objects.requireNonNull(value, "value");
        Object canonical = switch (type) {
            case ENUM -> {
                if (!enumType.isInstance(value)) {
                    throw new IllegalArgumentException(name + " must be one of " + wireNames());
                }
                yield value;
            }
            case BOOLEAN -> requireType(value, Boolean.class, "true or false");
            case INTEGER -> {
                Integer number = requireType(value, Integer.class, "a whole number");
                if (number < min || number > max) {
                    throw new IllegalArgumentException(
                            name + " must be within " + min + ".." + max + (unit.isEmpty() ? "" : " " + unit)
                                    + ", was " + number);
                }
                yield number;
            }
            case TEXT -> checkText(requireType(value, String.class, "text"));
            case TEXT_LIST -> {
                List<?> list = requireType(value, List.class, "a list of texts");
                checkListSize(list);
                for (Object item : list) {
                    checkText(requireType(item, String.class, "a list of texts"));
                }
                yield List.copyOf(list);
            }
            case VERSIONS -> {
                List<?> list = requireType(value, List.class, "a list of versions");
                checkListSize(list);
                for (Object item : list) {
                    requireType(item, ServiceVersion.class, "a list of versions");
                }
                yield List.copyOf(list);
            }
        };
        @SuppressWarnings("unchecked")
        T typed = (T) canonical;
        return typed;
    }

    /** The allowed wire spellings of an enum key, for messages. */
    public String wireNames() {
        StringBuilder out = new StringBuilder();
        for (WireEnum constant : enumConstants()) {
            out.append(out.length() == 0 ? "" : ", ").append(constant.wireName());
        }
        return out.toString();
    }

    private <V> V requireType(Object value, Class<V> expected, String what) {
        if (!expected.isInstance(value)) {
            throw new IllegalArgumentException(name + " must be " + what);
        }
        return expected.cast(value);
    }

    private String checkText(String text) {
        if (text.length() > MAX_TEXT) {
            throw new IllegalArgumentException(name + " is longer than " + MAX_TEXT + " characters");
        }
        if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            throw new IllegalArgumentException(name + " must be a single line");
        }
        return text;
    }

    private void checkListSize(List<?> list) {
        if (list.size() > MAX_LIST) {
            throw new IllegalArgumentException(name + " has more than " + MAX_LIST + " entries");
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AttributeKey<?> key && key.name.equals(name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
