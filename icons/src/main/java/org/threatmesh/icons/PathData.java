package org.threatmesh.icons;

import java.util.Map;

/**
 * Checks that path data uses only the subset the icon set promises: {@code M L H V C Z} (either case), with the
 * right number of numeric arguments, all inside the 24×24 grid when absolute.
 */
final class PathData {

    private static final Map<Character, Integer> ARGUMENTS = Map.of('M', 2, 'L', 2, 'H', 1, 'V', 1, 'C', 6, 'Z', 0);

    private PathData() {
    }

    static String check(String icon, String data) {
        String trimmed = data.trim();
        if (trimmed.isEmpty() || Character.toUpperCase(trimmed.charAt(0)) != 'M') {
            throw new IllegalArgumentException(icon + ": path data must start with a move-to: '" + data + "'");
        }
        int i = 0;
        while (i < trimmed.length()) {
            char command = trimmed.charAt(i);
            Integer expected = ARGUMENTS.get(Character.toUpperCase(command));
            if (expected == null) {
                throw new IllegalArgumentException(icon + ": unsupported path command '" + command + "' in '" + data
                        + "'; use M, L, H, V, C or Z");
            }
            int end = i + 1;
            while (end < trimmed.length() && ARGUMENTS.get(Character.toUpperCase(trimmed.charAt(end))) == null
                    && !Character.isLetter(trimmed.charAt(end))) {
                end++;
            }
            if (end < trimmed.length() && Character.isLetter(trimmed.charAt(end))
                    && ARGUMENTS.get(Character.toUpperCase(trimmed.charAt(end))) == null) {
                throw new IllegalArgumentException(icon + ": unsupported path command '" + trimmed.charAt(end)
                        + "' in '" + data + "'; use M, L, H, V, C or Z");
            }
            checkArguments(icon, command, trimmed.substring(i + 1, end), expected);
            i = end;
        }
        return trimmed;
    }

    private static void checkArguments(String icon, char command, String text, int expected) {
        String[] parts = text.trim().isEmpty() ? new String[0] : text.trim().split("[\\s,]+");
        if (expected == 0 ? parts.length != 0 : parts.length == 0 || parts.length % expected != 0) {
            throw new IllegalArgumentException(icon + ": command '" + command + "' needs " + expected
                    + " numbers (or a multiple), got '" + text.trim() + "'");
        }
        for (String part : parts) {
            double value;
            try {
                value = Double.parseDouble(part);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(icon + ": '" + part + "' is not a number", e);
            }
            if (Character.isUpperCase(command) && (value < 0 || value > IconLibrary.SIZE)) {
                throw new IllegalArgumentException(icon + ": coordinate " + part + " lies outside the 24×24 grid");
            }
        }
    }
}
