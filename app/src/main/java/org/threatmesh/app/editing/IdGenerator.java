package org.threatmesh.app.editing;

import java.util.Locale;
import java.util.function.Predicate;

/**
 * Makes fresh, readable element ids such as {@code n-service-3} or {@code e-cart-orders}: the model requires ids
 * to be unique per element type and stable for life, and readable ids keep saved files and findings legible.
 */
public final class IdGenerator {

    private IdGenerator() {
    }

    /**
     * The first id of the form {@code prefix-stem[-k]} for which {@code taken} is false.
     *
     * @param prefix one of {@code n}, {@code e}, {@code z}
     * @param stem   free text; reduced to lower-case letters, digits and dashes
     */
    public static String fresh(String prefix, String stem, Predicate<String> taken) {
        String base = prefix + "-" + slug(stem);
        if (!taken.test(base)) {
            return base;
        }
        for (int k = 2; ; k++) {
            String candidate = base + "-" + k;
            if (!taken.test(candidate)) {
                return candidate;
            }
        }
    }

    /** Lower-case letters and digits joined by single dashes, at most 40 characters; "element" when empty. */
    static String slug(String text) {
        String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > 40) {
            slug = slug.substring(0, 40).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "element" : slug;
    }
}
