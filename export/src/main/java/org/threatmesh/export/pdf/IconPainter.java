package org.threatmesh.export.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * Draws a 24×24 stroke icon from SVG path data into a square on the page. An icon that is missing or malformed is
 * reported as not drawn, so the caller can show a text label instead; it never throws.
 */
final class IconPainter {

    static final double GRID = 24;
    private static final double STROKE = 1.75;

    private final NodeIcons icons;

    IconPainter(NodeIcons icons) {
        this.icons = icons;
    }

    /**
     * Draws icon {@code name} with its top-left corner at ({@code x}, {@code top}) in page coordinates.
     *
     * @return whether the icon was drawn
     */
    boolean draw(PDPageContentStream stream, String name, float x, float top, float size, java.awt.Color color) {
        Optional<List<String>> paths;
        try {
            paths = icons.pathData(name);
        } catch (RuntimeException e) {
            return false;
        }
        if (paths.isEmpty() || paths.get().isEmpty()) {
            return false;
        }
        List<Recorded> outline = new ArrayList<>();
        for (String data : paths.get()) {
            Recorder recorder = new Recorder();
            try {
                SvgPathParser.parse(data, recorder);
            } catch (IllegalArgumentException e) {
                return false;
            }
            outline.addAll(recorder.ops);
        }
        double scale = size / GRID;
        try {
            stream.saveGraphicsState();
            stream.setStrokingColor(color);
            stream.setLineWidth((float) (STROKE * scale));
            stream.setLineCapStyle(1);
            stream.setLineJoinStyle(1);
            for (Recorded op : outline) {
                float[] p = new float[op.coords.length];
                for (int i = 0; i < p.length; i += 2) {
                    p[i] = (float) (x + op.coords[i] * scale);
                    p[i + 1] = (float) (top - op.coords[i + 1] * scale);
                }
                switch (op.kind) {
                    case 'M' -> stream.moveTo(p[0], p[1]);
                    case 'L' -> stream.lineTo(p[0], p[1]);
                    case 'C' -> stream.curveTo(p[0], p[1], p[2], p[3], p[4], p[5]);
                    default -> stream.closePath();
                }
            }
            stream.stroke();
            stream.restoreGraphicsState();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return true;
    }

    private record Recorded(char kind, double[] coords) {
    }

    /** Buffers a parsed outline, so a path that fails half-way draws nothing. */
    private static final class Recorder implements PathSink {
        private final List<Recorded> ops = new ArrayList<>();

        @Override
        public void moveTo(double x, double y) {
            ops.add(new Recorded('M', new double[] {x, y}));
        }

        @Override
        public void lineTo(double x, double y) {
            ops.add(new Recorded('L', new double[] {x, y}));
        }

        @Override
        public void curveTo(double x1, double y1, double x2, double y2, double x, double y) {
            ops.add(new Recorded('C', new double[] {x1, y1, x2, y2, x, y}));
        }

        @Override
        public void closePath() {
            ops.add(new Recorded('Z', new double[0]));
        }
    }
}
