package org.threatmesh.export.yaml;

import java.util.Locale;
import java.util.Set;

/**
 * Decides which strings may be written unquoted: only those no YAML 1.1 or 1.2 reader can take for anything but
 * that string. Such a string starts with a letter, '/' or '_', holds only letters, digits and {@code . _ / -}, and
 * is not a boolean or null word ({@code yes}, {@code off}, {@code null}...). Numbers, {@code 0x1f}, {@code 1e3},
 * {@code ~} and anything with spaces, colons, '#', quotes or non-ASCII text are quoted.
 */
final class ConservativeQuoting {

    private static final Set<String> RESERVED = Set.of("y", "n", "yes", "no", "on", "off", "true", "false", "null");

    private ConservativeQuoting() {
    }

    static boolean isPlainSafe(String text) {
        if (text.isEmpty() || !isPlainStart(text.charAt(0))) {
            return false;
        }
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isPlainStart(c) && !(c >= '0' && c <= '9') && c != '.' && c != '-') {
                return false;
            }
        }
        return text.length() > 5 || !RESERVED.contains(text.toLowerCase(Locale.ROOT));
    }

    private static boolean isPlainStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '/' || c == '_';
    }
}
