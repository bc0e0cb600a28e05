package org.threatmesh.model.testing;

import java.util.List;
import java.util.Random;
import org.threatmesh.model.attr.AttributeKey;
import org.threatmesh.model.attr.Attributes;
import org.threatmesh.model.attr.ServiceVersion;
import org.threatmesh.model.attr.WireEnum;

/** Draws a random valid value for any attribute key. */
public final class RandomValues {

    private RandomValues() {
    }

    /** {@code attributes} with {@code key} set to a random value from its domain. */
    @SuppressWarnings("unchecked")
    public static <T> Attributes set(Attributes attributes, AttributeKey<T> key, Random random) {
        return attributes.with(key, (T) value(key, random));
    }

    /** A random value valid for {@code key}. */
    public static Object value(AttributeKey<?> key, Random random) {
        return switch (key.type()) {
            case ENUM -> {
                List<WireEnum> constants = key.enumConstants();
                yield constants.get(random.nextInt(constants.size()));
            }
            case BOOLEAN -> random.nextBoolean();
            case INTEGER -> {
                int span = (int) Math.min((long) key.max() - key.min(), 100_000);
                yield key.min() + random.nextInt(span + 1);
            }
            case TEXT -> "value-" + random.nextInt(1000);
            case TEXT_LIST -> random.nextBoolean() ? List.of("GET") : List.of("GET", "POST");
            case VERSIONS -> {
                int canary = random.nextInt(101);
                yield List.of(new ServiceVersion("v1", 100 - canary, random.nextBoolean()),
                        new ServiceVersion("v2", canary, random.nextBoolean()));
            }
        };
    }
}
