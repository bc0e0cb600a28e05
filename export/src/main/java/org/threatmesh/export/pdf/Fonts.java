package org.threatmesh.export.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Bidi;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The report's type: DejaVu Sans and Sans Bold for text, Droid Sans Fallback for CJK and other characters DejaVu
 * lacks, and a visible replacement character for what neither has (emoji, for instance). Text is split into runs
 * per font so nothing ever reaches PDFBox that the font cannot encode. Arabic letters are joined by {@link ArabicShaper}
 * (PDFBox does no shaping) and right-to-left text is reordered for display with {@link Bidi}.
 *
 * <p>The fallback font is embedded only when some text needs it. Not thread-safe; one per document.
 */
final class Fonts {

    private static final String DIRECTORY = "/org/threatmesh/export/pdf/fonts/";
    private static final byte[] REGULAR = read("DejaVuSans.ttf");
    private static final byte[] BOLD = read("DejaVuSans-Bold.ttf");
    private static volatile byte[] fallbackBytes;

    /** Shown for characters no bundled font has. */
    static final int REPLACEMENT = 0xFFFD;

    private final PDDocument document;
    private final FontFace regular;
    private final FontFace bold;
    private FontFace fallback;

    /** A piece of text drawn in one font. */
    record Run(FontFace face, String text, float width) {
    }

    Fonts(PDDocument document) throws IOException {
        this.document = document;
        this.regular = FontFace.load(document, REGULAR);
        this.bold = FontFace.load(document, BOLD);
    }

    /** Width of {@code text} in points at {@code size}. */
    float width(String text, boolean strong, float size) {
        FontFace primary = strong ? bold : regular;
        text = ArabicShaper.shape(text, primary::canDisplay);
        float total = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = printable(text.codePointAt(i));
            total += faceFor(primary, cp).width(displayed(primary, cp));
            i += Character.charCount(text.codePointAt(i));
        }
        return total * size / 1000f;
    }

    /** Splits one line into font runs in visual order, ready to draw left to right. */
    List<Run> runs(String line, boolean strong, float size) {
        FontFace primary = strong ? bold : regular;
        String visual = visualOrder(ArabicShaper.shape(line, primary::canDisplay));
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        FontFace currentFace = null;
        float width = 0;
        for (int i = 0; i < visual.length(); ) {
            int raw = visual.codePointAt(i);
            i += Character.charCount(raw);
            int cp = printable(raw);
            FontFace face = faceFor(primary, cp);
            int shown = displayed(primary, cp);
            if (face != currentFace && currentFace != null) {
                runs.add(new Run(currentFace, current.toString(), width * size / 1000f));
                current.setLength(0);
                width = 0;
            }
            currentFace = face;
            current.appendCodePoint(shown);
            width += face.width(shown);
        }
        if (currentFace != null) {
            runs.add(new Run(currentFace, current.toString(), width * size / 1000f));
        }
        return runs;
    }

    private FontFace faceFor(FontFace primary, int cp) {
        if (primary.canDisplay(cp)) {
            return primary;
        }
        FontFace extra = fallback();
        return extra.canDisplay(cp) ? extra : primary;
    }

    /** The code point actually drawn: the character itself, or the replacement when no font has it. */
    private int displayed(FontFace primary, int cp) {
        if (primary.canDisplay(cp) || fallback().canDisplay(cp)) {
            return cp;
        }
        return primary.canDisplay(REPLACEMENT) ? REPLACEMENT : '?';
    }

    /** Control characters (tabs, stray line breaks) become spaces; they have no glyph and would break layout. */
    private static int printable(int cp) {
        return Character.isISOControl(cp) || cp == 0x2028 || cp == 0x2029 ? ' ' : cp;
    }

    private FontFace fallback() {
        if (fallback == null) {
            try {
                fallback = FontFace.load(document, fallbackBytes());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load the fallback font", e);
            }
        }
        return fallback;
    }

    /** Reorders a line for display when it holds right-to-left text; left-to-right text is returned as is. */
    static String visualOrder(String line) {
        if (!Bidi.requiresBidi(line.toCharArray(), 0, line.length())) {
            return line;
        }
        Bidi bidi = new Bidi(line, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
        int count = bidi.getRunCount();
        byte[] levels = new byte[count];
        String[] pieces = new String[count];
        for (int i = 0; i < count; i++) {
            levels[i] = (byte) bidi.getRunLevel(i);
            String piece = line.substring(bidi.getRunStart(i), bidi.getRunLimit(i));
            pieces[i] = (levels[i] & 1) == 1 ? mirror(new StringBuilder(piece).reverse().toString()) : piece;
        }
        Bidi.reorderVisually(levels, 0, pieces, 0, count);
        return String.join("", pieces);
    }

    private static String mirror(String reversed) {
        StringBuilder out = new StringBuilder(reversed.length());
        for (int i = 0; i < reversed.length(); ) {
            int cp = reversed.codePointAt(i);
            i += Character.charCount(cp);
            out.appendCodePoint(switch (cp) {
                case '(' -> ')';
                case ')' -> '(';
                case '[' -> ']';
                case ']' -> '[';
                case '<' -> '>';
                case '>' -> '<';
                case '{' -> '}';
                case '}' -> '{';
                default -> cp;
            });
        }
        return out.toString();
    }

    private static byte[] fallbackBytes() {
        byte[] bytes = fallbackBytes;
        if (bytes == null) {
            bytes = read("DroidSansFallbackFull.ttf");
            fallbackBytes = bytes;
        }
        return bytes;
    }

    private static byte[] read(String name) {
        try (InputStream in = Fonts.class.getResourceAsStream(DIRECTORY + name)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the build: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + name, e);
        }
    }
}
