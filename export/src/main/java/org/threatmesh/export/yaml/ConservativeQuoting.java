package org.threatmesh.export.yaml;

import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Leaves a string unquoted only when no YAML 1.1 or 1.2 reader can take it for anything but that string: it starts
 * with a letter or '/', holds only letters, digits and {@code . _ / -}, and is not a boolean or null word. Jackson's
 * default checker lets through {@code yes}, {@code 0x1f} and similar, which Kubernetes tooling reads as booleans and
 * numbers; everything else is double-quoted, where SnakeYAML escapes what needs escaping.
 */
final class ConservativeQuoting extends StringQuotingChecker {

    private static final long serialVersionUID = 1L;
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z/][A-Za-z0-9._/-]*");
    private static final Set<String> RESERVED = Set.of("y", "n", "yes", "no", "on", "off", "true", "false", "null");

    @Override
    public boolean needToQuoteName(String name) {
        return needsQuotes(name);
    }

    @Override
    public boolean needToQuoteValue(String value) {
        return needsQuotes(value);
    }

    private static boolean needsQuotes(String text) {
        return !PLAIN.matcher(text).matches() || RESERVED.contains(text.toLowerCase(Locale.ROOT));
    }
}
