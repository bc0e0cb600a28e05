package org.threatmesh.export.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks text into lines that fit a width and shortens text that must stay on one line. Pure measurement; never
 * draws. Words longer than a line are broken between characters, so no text ever leaves its box.
 */
final class Typesetter {

    static final String ELLIPSIS = "…";

    private final Fonts fonts;

    Typesetter(Fonts fonts) {
        this.fonts = fonts;
    }

    float width(String text, Style style) {
        return fonts.width(text, style.bold(), style.size());
    }

    /** Lines of {@code text} no wider than {@code maxWidth}; {@code \n} forces a break. Never empty. */
    List<String> wrap(String text, Style style, float maxWidth) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            wrapParagraph(paragraph, style, maxWidth, lines);
        }
        return lines;
    }

    /** At most {@code maxLines} lines; when text is cut, the last line ends with an ellipsis. */
    List<String> wrap(String text, Style style, float maxWidth, int maxLines) {
        List<String> lines = wrap(text, style, maxWidth);
        if (lines.size() <= maxLines) {
            return lines;
        }
        List<String> kept = new ArrayList<>(lines.subList(0, Math.max(1, maxLines)));
        int last = kept.size() - 1;
        kept.set(last, ellipsize(kept.get(last) + ELLIPSIS, style, maxWidth));
        return kept;
    }

    /** {@code text} on one line, cut with an ellipsis if it is wider than {@code maxWidth}. */
    String ellipsize(String text, Style style, float maxWidth) {
        String single = text.replace('\n', ' ').replace('\r', ' ');
        if (width(single, style) <= maxWidth) {
            return single;
        }
        float room = maxWidth - width(ELLIPSIS, style);
        int end = 0;
        float used = 0;
        while (end < single.length()) {
            int cp = single.codePointAt(end);
            float w = fonts.width(new String(Character.toChars(cp)), style.bold(), style.size());
            if (used + w > room) {
                break;
            }
            used += w;
            end += Character.charCount(cp);
        }
        return single.substring(0, end).stripTrailing() + ELLIPSIS;
    }

    private void wrapParagraph(String paragraph, Style style, float maxWidth, List<String> lines) {
        String[] words = paragraph.split(" ", -1);
        StringBuilder line = new StringBuilder();
        float lineWidth = 0;
        float space = width(" ", style);
        for (String word : words) {
            float wordWidth = width(word, style);
            if (line.length() > 0 && lineWidth + space + wordWidth <= maxWidth) {
                line.append(' ').append(word);
                lineWidth += space + wordWidth;
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
                lineWidth = 0;
            }
            if (wordWidth <= maxWidth) {
                line.append(word);
                lineWidth = wordWidth;
            } else {
                String rest = breakLongWord(word, style, maxWidth, lines);
                line.append(rest);
                lineWidth = width(rest, style);
            }
        }
        lines.add(line.toString());
    }

    /** Emits full-width pieces of {@code word} and returns the remainder, which starts the next line. */
    private String breakLongWord(String word, Style style, float maxWidth, List<String> lines) {
        int start = 0;
        float used = 0;
        int i = 0;
        while (i < word.length()) {
            int cp = word.codePointAt(i);
            float w = fonts.width(new String(Character.toChars(cp)), style.bold(), style.size());
            if (used + w > maxWidth && i > start) {
                int cut = preferredBreak(word, start, i);
                lines.add(word.substring(start, cut));
                used = fonts.width(word.substring(cut, i), style.bold(), style.size());
                start = cut;
            }
            used += w;
            i += Character.charCount(cp);
        }
        return word.substring(start);
    }

    /** Breaks identifiers after a separator when one is in the second half of the line, else at {@code limit}. */
    private static int preferredBreak(String word, int start, int limit) {
        for (int j = limit - 1; j > start + (limit - start) / 2; j--) {
            if ("-@/._:".indexOf(word.charAt(j - 1)) >= 0) {
                return j;
            }
        }
        return limit;
    }
}
