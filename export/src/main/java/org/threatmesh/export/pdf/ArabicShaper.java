package org.threatmesh.export.pdf;

import java.util.function.IntPredicate;

/**
 * Joins Arabic letters: replaces each letter by its isolated, initial, medial or final presentation form (Unicode
 * Arabic Presentation Forms-B) according to its neighbours, and lam + alef by their ligature. PDFBox draws code
 * points as they come and does no shaping, so without this Arabic names would print as a row of unjoined letters.
 * Works on text in logical order, before bidi reordering. Forms the font lacks are left as the base letter.
 */
final class ArabicShaper {

    private static final char FIRST = '\u0621';
    private static final char LAST = '\u064A';
    private static final char TATWEEL = '\u0640';
    private static final char LAM = '\u0644';

    /**
     * Per letter from U+0621 to U+064A: the isolated form in Presentation Forms-B and how many forms it has
     * (1 = does not join, 2 = joins only to the letter before it, 4 = joins on both sides); 0 = not a letter.
     */
    private static final int[][] FORMS = new int[LAST - FIRST + 1][];

    static {
        int[][] table = {
            {0x0621, 0xFE80, 1}, {0x0622, 0xFE81, 2}, {0x0623, 0xFE83, 2}, {0x0624, 0xFE85, 2},
            {0x0625, 0xFE87, 2}, {0x0626, 0xFE89, 4}, {0x0627, 0xFE8D, 2}, {0x0628, 0xFE8F, 4},
            {0x0629, 0xFE93, 2}, {0x062A, 0xFE95, 4}, {0x062B, 0xFE99, 4}, {0x062C, 0xFE9D, 4},
            {0x062D, 0xFEA1, 4}, {0x062E, 0xFEA5, 4}, {0x062F, 0xFEA9, 2}, {0x0630, 0xFEAB, 2},
            {0x0631, 0xFEAD, 2}, {0x0632, 0xFEAF, 2}, {0x0633, 0xFEB1, 4}, {0x0634, 0xFEB5, 4},
            {0x0635, 0xFEB9, 4}, {0x0636, 0xFEBD, 4}, {0x0637, 0xFEC1, 4}, {0x0638, 0xFEC5, 4},
            {0x0639, 0xFEC9, 4}, {0x063A, 0xFECD, 4}, {0x0641, 0xFED1, 4}, {0x0642, 0xFED5, 4},
            {0x0643, 0xFED9, 4}, {0x0644, 0xFEDD, 4}, {0x0645, 0xFEE1, 4}, {0x0646, 0xFEE5, 4},
            {0x0647, 0xFEE9, 4}, {0x0648, 0xFEED, 2}, {0x0649, 0xFEEF, 2}, {0x064A, 0xFEF1, 4}};
        for (int[] row : table) {
            FORMS[row[0] - FIRST] = new int[] {row[1], row[2]};
        }
    }

    private ArabicShaper() {
    }

    /** Whether {@code text} holds any Arabic letter, so callers can skip shaping cheaply. */
    static boolean hasArabic(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= FIRST && c <= LAST) {
                return true;
            }
        }
        return false;
    }

    /** {@code text} with Arabic letters in their joined forms; {@code canDisplay} says which forms the font has. */
    static String shape(String text, IntPredicate canDisplay) {
        if (!hasArabic(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int[] forms = forms(c);
            if (forms == null) {
                out.append(c);
                continue;
            }
            boolean joinsBefore = joinsToNext(previousLetter(text, i));
            int next = nextLetter(text, i);
            if (c == LAM && next >= 0 && lamAlef(text.charAt(next)) != 0) {
                int ligature = lamAlef(text.charAt(next)) + (joinsBefore ? 1 : 0);
                if (canDisplay.test(ligature)) {
                    out.append((char) ligature);
                    out.append(text, i + 1, next);
                    i = next;
                    continue;
                }
            }
            boolean joinsAfter = forms[1] == 4 && next >= 0 && joinsToPrevious(text.charAt(next));
            int form = forms[0] + offset(forms[1], joinsBefore, joinsAfter);
            out.append(canDisplay.test(form) ? (char) form : c);
        }
        return out.toString();
    }

    private static int offset(int count, boolean joinsBefore, boolean joinsAfter) {
        if (count == 1) {
            return 0;
        }
        if (count == 2) {
            return joinsBefore ? 1 : 0;
        }
        if (joinsBefore && joinsAfter) {
            return 3;
        }
        if (joinsAfter) {
            return 2;
        }
        return joinsBefore ? 1 : 0;
    }

    /** The first ligature code (isolated) of lam followed by {@code alef}, or 0 when it is no alef. */
    private static int lamAlef(char alef) {
        return switch (alef) {
            case '\u0622' -> 0xFEF5;
            case '\u0623' -> 0xFEF7;
            case '\u0625' -> 0xFEF9;
            case '\u0627' -> 0xFEFB;
            default -> 0;
        };
    }

    private static int[] forms(char c) {
        return c >= FIRST && c <= LAST ? FORMS[c - FIRST] : null;
    }

    private static boolean joinsToNext(int c) {
        if (c < 0) {
            return false;
        }
        int[] forms = forms((char) c);
        return c == TATWEEL || (forms != null && forms[1] == 4);
    }

    private static boolean joinsToPrevious(char c) {
        int[] forms = forms(c);
        return c == TATWEEL || (forms != null && forms[1] > 1);
    }

    private static int previousLetter(String text, int index) {
        for (int i = index - 1; i >= 0; i--) {
            if (!isTransparent(text.charAt(i))) {
                return text.charAt(i);
            }
        }
        return -1;
    }

    private static int nextLetter(String text, int index) {
        for (int i = index + 1; i < text.length(); i++) {
            if (!isTransparent(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** Harakat and other marks sit on a letter without breaking its joins. */
    private static boolean isTransparent(char c) {
        return (c >= '\u064B' && c <= '\u065F') || c == '\u0670';
    }
}
