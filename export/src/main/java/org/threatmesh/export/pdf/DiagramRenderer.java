package org.threatmesh.export.pdf;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.threatmesh.export.report.Block;
import org.threatmesh.export.report.DiagramView;
import org.threatmesh.export.report.Tone;

/**
 * The architecture diagram in vector graphics, scaled as a whole to one page in the orientation that shows it
 * larger: never split, never cropped. Zones are rounded rectangles, nodes are boxes with their kind's icon, calls
 * are arrows coloured by their worst open violation, and badges count open findings.
 */
final class DiagramRenderer {

    private static final float CAPTION = 26;
    private static final float LEGEND = 22;
    private static final float MAX_SCALE = 1.1f;
    private static final Color NODE_BORDER = new Color(0x9a, 0xa3, 0xae);

    private final IconPainter icons;

    DiagramRenderer(NodeIcons icons) {
        this.icons = new IconPainter(icons);
    }

    /** Whether {@code view} shows larger on a landscape page. */
    static boolean prefersLandscape(DiagramView view) {
        return scaleFor(view, Pager.LANDSCAPE.getWidth(), Pager.LANDSCAPE.getHeight())
                > scaleFor(view, Pager.PORTRAIT.getWidth(), Pager.PORTRAIT.getHeight());
    }

    private static float scaleFor(DiagramView view, float pageWidth, float pageHeight) {
        float width = pageWidth - 2 * Pager.MARGIN_SIDE;
        float height = pageHeight - Pager.MARGIN_TOP - Pager.MARGIN_BOTTOM - CAPTION - LEGEND - 40;
        return (float) Math.min(width / Math.max(view.width(), 1), height / Math.max(view.height(), 1));
    }

    void render(Block.Diagram diagram, Pager pager) {
        DiagramView view = diagram.view();
        boolean landscape = prefersLandscape(view);
        if (!pager.pageIsFresh() || pager.isLandscape() != landscape) {
            pager.newPage(landscape);
        }
        pager.anchor(view.anchor());
        pager.headingBookmark(1, view.title(), view.anchor());
        Style caption = Styles.HEADING_1;
        pager.canvas().text(pager.typesetter().ellipsize(view.title(), caption, pager.width()), pager.left(),
                pager.y() - caption.ascent(), caption);
        float top = pager.y() - CAPTION;
        float noteHeight = view.note().isEmpty() ? 0 : Styles.NOTE.leading();
        float bottom = pager.bottom() + LEGEND + noteHeight;
        float areaWidth = pager.width();
        float areaHeight = top - bottom;
        float scale = (float) Math.min(MAX_SCALE, Math.min(areaWidth / Math.max(view.width(), 1),
                areaHeight / Math.max(view.height(), 1)));
        float originX = pager.left() + (areaWidth - (float) view.width() * scale) / 2;
        Frame frame = new Frame(originX, top, scale);
        for (DiagramView.Zone zone : view.zones()) {
            drawZone(zone, frame, pager);
        }
        Map<String, DiagramView.Node> nodes = new HashMap<>();
        view.nodes().forEach(n -> nodes.put(n.id(), n));
        Map<String, Integer> parallel = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (DiagramView.Edge edge : view.edges()) {
            parallel.merge(pairKey(edge), 1, Integer::sum);
        }
        EdgePainter edgePainter = new EdgePainter(pager, frame, frame.text(9) >= 5 && view.edges().size() <= 60);
        for (DiagramView.Edge edge : view.edges()) {
            int index = seen.merge(pairKey(edge), 1, Integer::sum) - 1;
            edgePainter.draw(edge, nodes.get(edge.from()), nodes.get(edge.to()), index, parallel.get(pairKey(edge)));
        }
        for (DiagramView.Node node : view.nodes()) {
            drawNode(node, frame, pager);
        }
        edgePainter.drawBadges();
        drawLegend(pager, pager.bottom() + 6);
        if (!view.note().isEmpty()) {
            pager.canvas().text(pager.typesetter().ellipsize(view.note(), Styles.NOTE, pager.width()), pager.left(),
                    pager.bottom() + LEGEND + 2, Styles.NOTE);
        }
        pager.advance(pager.y() - pager.bottom());
    }

    private static String pairKey(DiagramView.Edge edge) {
        return edge.from().compareTo(edge.to()) < 0 ? edge.from() + "\u0000" + edge.to()
                : edge.to() + "\u0000" + edge.from();
    }

    private void drawZone(DiagramView.Zone zone, Frame frame, Pager pager) {
        Color base = zone.color().map(Color::decode).orElse(zoneColor(zone.kind()));
        float x = frame.x(zone.x());
        float y = frame.y(zone.y() + zone.height());
        float width = (float) zone.width() * frame.scale();
        float height = (float) zone.height() * frame.scale();
        PDPageContentStream stream = pager.canvas().stream();
        try {
            stream.saveGraphicsState();
            if ("Internet".equals(zone.kind()) || "External".equals(zone.kind()) || "Partner network".equals(zone.kind())) {
                stream.setLineDashPattern(new float[] {4, 3}, 0);
            }
            pager.canvas().roundRect(x, y, width, height, 10 * frame.scale(), Palette.tint(base, 0.10f + 0.04f
                    * Math.min(zone.depth(), 3)), Palette.tint(base, 0.7f), Math.max(0.5f, 1.2f * frame.scale()));
            stream.restoreGraphicsState();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        float size = frame.text(12);
        if (size >= 3) {
            Style style = new Style(size, true, Palette.tint(base, 1f).darker(), size * 1.2f);
            String label = pager.typesetter().ellipsize(zone.name() + " · " + zone.kind(), style,
                    width - frame.scale() * 16);
            pager.canvas().text(label, x + 8 * frame.scale(), frame.y(zone.y()) - 6 * frame.scale() - style.ascent(),
                    style);
        }
    }

    private void drawNode(DiagramView.Node node, Frame frame, Pager pager) {
        float x = frame.x(node.x());
        float top = frame.y(node.y());
        float width = (float) node.width() * frame.scale();
        float height = (float) node.height() * frame.scale();
        Color border = node.worst() == Tone.NEUTRAL ? NODE_BORDER : Palette.of(node.worst());
        float lineWidth = Math.max(0.4f, (node.worst() == Tone.NEUTRAL ? 1f : 2f) * frame.scale());
        pager.canvas().roundRect(x, top - height, width, height, 6 * frame.scale(), Palette.WHITE, border, lineWidth);
        float iconSize = 26 * frame.scale();
        float iconX = x + 9 * frame.scale();
        float iconTop = top - (height - iconSize) / 2;
        if (!icons.draw(pager.canvas().stream(), node.icon(), iconX, iconTop, iconSize, Palette.ACCENT)) {
            drawKindLabel(node.kindLabel(), iconX, iconTop, iconSize, frame, pager);
        }
        float size = frame.text(11);
        if (size >= 2.5f) {
            Style name = new Style(size, true, Palette.TEXT, size * 1.2f);
            float textX = iconX + iconSize + 7 * frame.scale();
            float textWidth = x + width - textX - 6 * frame.scale();
            List<String> lines = pager.typesetter().wrap(node.name(), name, textWidth, 3);
            float blockHeight = lines.size() * name.leading();
            float baseline = top - (height - blockHeight) / 2 - name.ascent();
            for (String line : lines) {
                pager.canvas().text(pager.typesetter().ellipsize(line, name, textWidth), textX, baseline, name);
                baseline -= name.leading();
            }
        }
        if (node.openCount() > 0) {
            Color fill = node.worst() == Tone.NEUTRAL ? Palette.of(Tone.REVIEW) : Palette.of(node.worst());
            badge(pager, x + width - 3 * frame.scale(), top - 3 * frame.scale(), 10 * frame.scale(), node.openCount(),
                    fill);
        }
    }

    private static void drawKindLabel(String label, float x, float top, float size, Frame frame, Pager pager) {
        pager.canvas().roundRect(x, top - size, size, size, 4 * frame.scale(), Palette.tint(Palette.ACCENT, 0.12f),
                null, 0);
        float fontSize = frame.text(7.5f);
        if (fontSize >= 2) {
            Style style = new Style(fontSize, true, Palette.ACCENT, fontSize);
            pager.canvas().textCentered(pager.typesetter().ellipsize(label, style, size), x + size / 2,
                    top - size / 2 - fontSize * 0.35f, style);
        }
    }

    /** A round badge with a count, drawn centred on (cx, cy). */
    static void badge(Pager pager, float cx, float cy, float radius, int count, Color fill) {
        pager.canvas().circle(cx, cy, radius, fill, Palette.WHITE, Math.max(0.3f, radius / 8));
        float size = radius * (count > 99 ? 0.8f : 1.05f);
        if (size >= 2) {
            Style style = new Style(size, true, Palette.WHITE, size);
            pager.canvas().textCentered(Integer.toString(count), cx, cy - size * 0.36f, style);
        }
    }

    private static void drawLegend(Pager pager, float baseline) {
        Style style = Styles.SMALL;
        float x = pager.left();
        for (Tone tone : List.of(Tone.CRITICAL, Tone.HIGH, Tone.MEDIUM, Tone.LOW, Tone.REVIEW)) {
            pager.canvas().roundRect(x, baseline - 1, 14, 7, 2, Palette.of(tone), null, 0);
            String label = tone == Tone.REVIEW ? "Needs review only" : tone.name().charAt(0)
                    + tone.name().substring(1).toLowerCase(java.util.Locale.ROOT);
            x += 18 + pager.canvas().text(label, x + 18, baseline, style) + 12;
        }
        String explanation = "Colour: worst open violation · badge: open findings · arrow: caller to callee";
        pager.canvas().text(pager.typesetter().ellipsize(explanation, style, pager.right() - x - 4), x + 4, baseline,
                style);
    }

    private static Color zoneColor(String kind) {
        return switch (kind) {
            case "Internet" -> new Color(0x8d, 0x96, 0xa3);
            case "DMZ" -> new Color(0xd9, 0x8c, 0x2b);
            case "Cluster" -> new Color(0x3f, 0x6f, 0xd1);
            case "Namespace" -> new Color(0x2f, 0x8f, 0x8f);
            case "Partner network" -> new Color(0x8a, 0x6c, 0xc4);
            default -> new Color(0x80, 0x88, 0x94);
        };
    }

    /** Maps diagram units (y down) to page points (y up). */
    record Frame(float originX, float originTop, float scale) {
        float x(double diagramX) {
            return originX + (float) diagramX * scale;
        }

        float y(double diagramY) {
            return originTop - (float) diagramY * scale;
        }

        /** A font size given in diagram units, capped so text never outgrows the page. */
        float text(float diagramSize) {
            return Math.min(10f, diagramSize * scale);
        }
    }
}
