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
    /** Glyph ids of the Basic Multilingual Plane, filled on first use; -1 = not looked up yet. */
    private final int[] bmpGlyphs = new int[0x10000];
    private final float[] bmpWidths = new float[0x10000];
    private final Map<Integer, Float> widths = new HashMap<>();

    private FontFace(PDType0Font font, TrueTypeFont trueType) throws IOException {
        this.font = font;
        this.trueType = trueType;
        this.cmap = trueType.getUnicodeCmapLookup();
        this.unitsPerEm = trueType.getUnitsPerEm();
        java.util.Arrays.fill(bmpGlyphs, -1);
    }

    /** Parses {@code bytes} and embeds the font in {@code document} as a subset. */
    static FontFace load(PDDocument document, byte[] bytes) throws IOException {
        TrueTypeFont trueType = new TTFParser().parse(new RandomAccessReadBuffer(withoutGlyphSubstitution(bytes)));
        return new FontFace(PDType0Font.load(document, trueType, true), trueType);
    }

    PDType0Font font() {
        return font;
    }

    boolean canDisplay(int codePoint) {
        return glyph(codePoint) > 0;
    }

    /** Advance width of {@code codePoint} in text space units per 1000 em. */
    float width(int codePoint) {
        if (codePoint < bmpWidths.length) {
            glyph(codePoint);
            return bmpWidths[codePoint];
        }
        return widths.computeIfAbsent(codePoint, this::measure);
    }

    private int glyph(int codePoint) {
        if (codePoint >= bmpGlyphs.length) {
            return cmap.getGlyphId(codePoint);
        }
        int gid = bmpGlyphs[codePoint];
        if (gid < 0) {
            gid = cmap.getGlyphId(codePoint);
            bmpGlyphs[codePoint] = gid;
            bmpWidths[codePoint] = measure(codePoint);
        }
        return gid;
    }

    /**
     * A copy of the font file whose GSUB table is renamed so PDFBox does not find it. PDFBox would otherwise run
     * glyph substitution (Latin ligatures only; it does no Arabic shaping) on every string it shows, which costs
     * most of the rendering time and makes drawn widths differ from measured ones. Renaming keeps every offset and
     * checksum valid; the subset written to the PDF never includes the table.
     */
    static byte[] withoutGlyphSubstitution(byte[] font) {
        byte[] copy = font.clone();
        int tables = ((copy[4] & 0xff) << 8) | (copy[5] & 0xff);
        for (int i = 0; i < tables; i++) {
            int entry = 12 + 16 * i;
            if (copy[entry] == 'G' && copy[entry + 1] == 'S' && copy[entry + 2] == 'U' && copy[entry + 3] == 'B') {
                copy[entry] = 'g';
            }
        }
        return copy;
    }

    private float measure(int codePoint) {
        try {
            return trueType.getAdvanceWidth(cmap.getGlyphId(codePoint)) * 1000f / unitsPerEm;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read glyph metrics", e);
        }
    }
}
