package org.threatmesh.export.yaml;

import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import java.util.Locale;
import java.util.Set;

/**
 * Leaves a string unquoted only when no YAML 1.1 or 1.2 reader can take it for anything but that string: it starts
 * with a letter or '/', holds only letters, digits and {@code . _ / -}, and is not a boolean or null word. Jackson's
 * default checker lets through {@code yes}, {@code 0x1f} and similar, which Kubernetes tooling reads as booleans and
 * numbers; everything else is double-quoted, where SnakeYAML escapes what needs escaping.
 */
final class ConservativeQuoting extends StringQuotingChecker {

    private static final long serialVersionUID = 1L;
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
        if (text.isEmpty() || !isPlainStart(text.charAt(0))) {
            return true;
        }
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isPlainStart(c) && !(c >= '0' && c <= '9') && c != '.' && c != '_' && c != '-') {
                return true;
            }
        }
        return text.length() <= 5 && RESERVED.contains(text.toLowerCase(Locale.ROOT));
    }

    private static boolean isPlainStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '/';
    }
}
