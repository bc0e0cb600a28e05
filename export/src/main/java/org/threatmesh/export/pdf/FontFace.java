package org.threatmesh.export.pdf;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * One embedded TrueType font of one document: the PDF font plus the glyph coverage and advance widths read
 * straight from the font file, so measuring text never has to encode it (encoding throws on missing glyphs).
 * Not thread-safe; one per document.
 */
final class FontFace {

    private final PDType0Font font;
    private final CmapLookup cmap;
    private final float unitsPerEm;
    private final TrueTypeFont trueType;
    private final Map<Integer, Float> widths = new HashMap<>();

    private FontFace(PDType0Font font, TrueTypeFont trueType) throws IOException {
        this.font = font;
        this.trueType = trueType;
        this.cmap = trueType.getUnicodeCmapLookup();
        this.unitsPerEm = trueType.getUnitsPerEm();
    }

    /** Parses {@code bytes} and embeds the font in {@code document} as a subset. */
    static FontFace load(PDDocument document, byte[] bytes) throws IOException {
        TrueTypeFont trueType = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
        return new FontFace(PDType0Font.load(document, trueType, true), trueType);
    }

    PDType0Font font() {
        return font;
    }

    boolean canDisplay(int codePoint) {
        return cmap.getGlyphId(codePoint) > 0;
    }

    /** Advance width of {@code codePoint} in text space units per 1000 em. */
    float width(int codePoint) {
        return widths.computeIfAbsent(codePoint, this::measure);
    }

    private float measure(int codePoint) {
        try {
            return trueType.getAdvanceWidth(cmap.getGlyphId(codePoint)) * 1000f / unitsPerEm;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read glyph metrics", e);
        }
    }
}
