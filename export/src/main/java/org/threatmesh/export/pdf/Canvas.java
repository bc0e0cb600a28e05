package org.threatmesh.export.pdf;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * Drawing primitives on one page, in PDF coordinates (points, y up). Text goes through {@link Fonts} so every
 * character is drawn with a font that has it. I/O failures of the in-memory content stream become unchecked.
 */
final class Canvas {

    /** Bézier handle length for a quarter circle. */
    private static final float KAPPA = 0.5523f;

    private final PDPageContentStream stream;
    private final Fonts fonts;

    Canvas(PDPageContentStream stream, Fonts fonts) {
        this.stream = stream;
        this.fonts = fonts;
    }

    PDPageContentStream stream() {
        return stream;
    }

    /** Draws one line of text with its baseline at {@code baseline}; returns its width. */
    float text(String line, float x, float baseline, Style style) {
        if (line.isEmpty()) {
            return 0;
        }
        try {
            stream.setNonStrokingColor(style.color());
            stream.beginText();
            stream.newLineAtOffset(x, baseline);
            float width = 0;
            for (Fonts.Run run : fonts.runs(line, style.bold(), style.size())) {
                stream.setFont(run.face().font(), style.size());
                stream.showText(run.text());
                width += run.width();
            }
            stream.endText();
            return width;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Draws text centred on {@code centerX}. */
    void textCentered(String line, float centerX, float baseline, Style style) {
        text(line, centerX - fonts.width(line, style.bold(), style.size()) / 2, baseline, style);
    }

    /** Draws text ending at {@code rightX}. */
    void textRight(String line, float rightX, float baseline, Style style) {
        text(line, rightX - fonts.width(line, style.bold(), style.size()), baseline, style);
    }

    void fillRect(float x, float y, float width, float height, Color fill) {
        try {
            stream.setNonStrokingColor(fill);
            stream.addRect(x, y, width, height);
            stream.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void line(float x1, float y1, float x2, float y2, Color color, float lineWidth) {
        try {
            stream.setStrokingColor(color);
            stream.setLineWidth(lineWidth);
            stream.moveTo(x1, y1);
            stream.lineTo(x2, y2);
            stream.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A rounded rectangle, filled and/or stroked ({@code null} skips either). */
    void roundRect(float x, float y, float width, float height, float radius, Color fill, Color stroke,
            float lineWidth) {
        float r = Math.max(0, Math.min(radius, Math.min(width, height) / 2));
        float k = r * KAPPA;
        try {
            stream.moveTo(x + r, y);
            stream.lineTo(x + width - r, y);
            stream.curveTo(x + width - r + k, y, x + width, y + r - k, x + width, y + r);
            stream.lineTo(x + width, y + height - r);
            stream.curveTo(x + width, y + height - r + k, x + width - r + k, y + height, x + width - r, y + height);
            stream.lineTo(x + r, y + height);
            stream.curveTo(x + r - k, y + height, x, y + height - r + k, x, y + height - r);
            stream.lineTo(x, y + r);
            stream.curveTo(x, y + r - k, x + r - k, y, x + r, y);
            stream.closePath();
            paint(fill, stroke, lineWidth);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void circle(float cx, float cy, float r, Color fill, Color stroke, float lineWidth) {
        float k = r * KAPPA;
        try {
            stream.moveTo(cx + r, cy);
            stream.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
            stream.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
            stream.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
            stream.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
            stream.closePath();
            paint(fill, stroke, lineWidth);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A filled triangle, used for arrow heads. */
    void triangle(float x1, float y1, float x2, float y2, float x3, float y3, Color fill) {
        try {
            stream.setNonStrokingColor(fill);
            stream.moveTo(x1, y1);
            stream.lineTo(x2, y2);
            stream.lineTo(x3, y3);
            stream.closePath();
            stream.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void paint(Color fill, Color stroke, float lineWidth) throws IOException {
        if (fill != null) {
            stream.setNonStrokingColor(fill);
        }
        if (stroke != null) {
            stream.setStrokingColor(stroke);
            stream.setLineWidth(lineWidth);
        }
        if (fill != null && stroke != null) {
            stream.fillAndStroke();
        } else if (fill != null) {
            stream.fill();
        } else if (stroke != null) {
            stream.stroke();
        } else {
            throw new IllegalArgumentException("a shape needs a fill or a stroke");
        }
    }
}
