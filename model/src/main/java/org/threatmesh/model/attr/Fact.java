package org.threatmesh.model.attr;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What the model says about one attribute: either a known value or unknown. Unknown is a value of its own:
 * rules must treat it as "needs review", never as safe, which is why there is no {@code orElse} that a rule
 * could use to silently default it.
 *
 * @param <T> the attribute's value type
 */
public final class Fact<T> {

    private static final Fact<?> UNKNOWN = new Fact<>(null);

    private final T value;

    private Fact(T value) {
        this.value = value;
    }

    /** A known value. */
    public static <T> Fact<T> known(T value) {
        return new Fact<>(Objects.requireNonNull(value, "value"));
    }

    /**
     * A known value, shared with every other holder of an equal value when the value is a boolean or an enum
     * constant. Attribute sets store their facts through this: on a large model they were several hundred thousand
     * separate objects of a few dozen distinct values, and reading one meant a memory access to a fact that was
     * rarely cached. Shared facts are few and stay cached. Value semantics are unchanged: facts compare by value.
     */
    @SuppressWarnings("unchecked")
    public static <T> Fact<T> shared(T value) {
        if (value instanceof Boolean flag) {
            return (Fact<T>) (flag ? TRUE : FALSE);
        }
        if (value instanceof Enum<?> constant) {
            return (Fact<T>) ENUM_FACTS.get(constant.getDeclaringClass())[constant.ordinal()];
        }
        return known(value);
    }

    private static final Fact<Boolean> TRUE = new Fact<>(true);
    private static final Fact<Boolean> FALSE = new Fact<>(false);
    private static final ClassValue<Fact<?>[]> ENUM_FACTS = new ClassValue<>() {
        @Override
        protected Fact<?>[] computeValue(Class<?> type) {
            Object[] constants = type.getEnumConstants();
            Fact<?>[] facts = new Fact<?>[constants.length];
            for (int i = 0; i < constants.length; i++) {
                facts[i] = new Fact<>(constants[i]);
            }
            return facts;
        }
    };

    /** The unknown fact. */
    @SuppressWarnings("unchecked")
    public static <T> Fact<T> unknown() {
        return (Fact<T>) UNKNOWN;
    }

    public boolean isKnown() {
        return value != null;
    }

    public boolean isUnknown() {
        return value == null;
    }

    /**
     * The known value.
     *
     * @throws IllegalStateException when the fact is unknown
     */
    public T value() {
        if (value == null) {
            throw new IllegalStateException("fact is unknown");
        }
        return value;
    }

    /** The value if known. */
    public Optional<T> asOptional() {
        return Optional.ofNullable(value);
    }

    /** True only when the value is known and equal to {@code expected}. */
    public boolean is(T expected) {
        return value != null && value.equals(expected);
    }

    /** True only when the value is known and equal to {@code first} or {@code second}. */
    public boolean isAnyOf(T first, T second) {
        return value != null && (value.equals(first) || value.equals(second));
    }

    /**
     * True only when the value is known and equal to one of the three. Rules ask this of most elements, and the
     * varargs form's array was not always optimised away: 25,000 arrays per analysis of the 5,000-service model.
     */
    public boolean isAnyOf(T first, T second, T third) {
        return value != null && (value.equals(first) || value.equals(second) || value.equals(third));
    }

    /** True only when the value is known and equal to one of {@code candidates}. */
    @SafeVarargs
    public final boolean isAnyOf(T... candidates) {
        if (value == null) {
            return false;
        }
        for (T candidate : candidates) {
            if (value.equals(candidate)) {
                return true;
            }
        }
        return false;
    }

    /** True only when the value is known and satisfies {@code test}. */
    public boolean matches(Predicate<? super T> test) {
        return value != null && test.test(value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Fact<?> fact && Objects.equals(value, fact.value);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(value);
    }

    @Override
    public String toString() {
        return value == null ? "unknown" : String.valueOf(value instanceof WireEnum w ? w.wireName() : value);
    }
}
