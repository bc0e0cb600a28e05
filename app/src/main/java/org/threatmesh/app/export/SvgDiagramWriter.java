package org.threatmesh.app.export;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.Locale;
import org.threatmesh.app.canvas.DiagramGeometry;
import org.threatmesh.app.canvas.NodeViewModel;
import org.threatmesh.app.canvas.ZoneSkin;
import org.threatmesh.icons.IconLibrary;
import org.threatmesh.model.Bounds;
import org.threatmesh.model.Edge;
import org.threatmesh.model.Node;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.TrustZone;
import org.threatmesh.model.attr.EdgeAttributes;

/**
 * Writes the diagram of a model as a standalone SVG document: zones (outer first), calls with arrowheads and
 * labels, and nodes with their icons, in the same geometry as the canvas. Output depends only on the model, so
 * the same model always gives the same bytes.
 */
public final class SvgDiagramWriter {

    private static final double MARGIN = 24;

    /** The SVG document, UTF-8 encoded. */
    public byte[] write(ThreatModel model) {
        Bounds content = DiagramGeometry.contentBounds(model).orElse(new Bounds(0, 0, 200, 100));
        double ox = MARGIN - content.x();
        double oy = MARGIN - content.y();
        StringBuilder svg = new StringBuilder();
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" "
                + "height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\" font-family=\"sans-serif\">%n",
                content.width() + 2 * MARGIN, content.height() + 2 * MARGIN, content.width() + 2 * MARGIN,
                content.height() + 2 * MARGIN));
        svg.append("<title>").append(escape(model.info().name())).append("</title>\n");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        model.zones().values().stream()
                .sorted(Comparator.comparingInt((TrustZone z) -> DiagramGeometry.depth(model, z.id()))
                        .thenComparing(TrustZone::id))
                .forEach(zone -> zone(svg, model, zone, ox, oy));
        for (Edge edge : model.edges().values()) {
            edge(svg, model, edge, ox, oy);
        }
        for (Node node : model.nodes().values()) {
            node(svg, model, node, ox, oy);
        }
        svg.append("</svg>\n");
        return svg.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void zone(StringBuilder svg, ThreatModel model, TrustZone zone, double ox, double oy) {
        DiagramGeometry.zoneBounds(model, zone.id()).ifPresent(b -> {
            String color = model.layout().zone(zone.id()).flatMap(l -> l.color()).orElse(ZoneSkin.colorOf(zone.kind()));
            svg.append(String.format(Locale.ROOT, "<g id=\"zone-%s\"><rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" "
                    + "height=\"%.1f\" rx=\"8\" fill=\"%s\" fill-opacity=\"0.07\" stroke=\"%s\" stroke-width=\"1.5\"/>"
                    + "<text x=\"%.1f\" y=\"%.1f\" font-size=\"13\" font-weight=\"bold\" fill=\"%s\">%s</text></g>%n",
                    escape(zone.id().value()), b.x() + ox, b.y() + oy, b.width(), b.height(), color, color,
                    b.x() + ox + 10, b.y() + oy + 18, color, escape(zone.name())));
        });
    }

    private static void edge(StringBuilder svg, ThreatModel model, Edge edge, double ox, double oy) {
        Bounds from = DiagramGeometry.nodeBounds(model, edge.from());
        Bounds to = DiagramGeometry.nodeBounds(model, edge.to());
        double sx = from.x() + from.width() / 2 + ox;
        double sy = from.y() + from.height() / 2 + oy;
        double tx = to.x() + to.width() / 2 + ox;
        double ty = to.y() + to.height() / 2 + oy;
        double length = Math.hypot(tx - sx, ty - sy);
        if (length < 1) {
            return;
        }
        double ux = (tx - sx) / length;
        double uy = (ty - sy) / length;
        double[] start = exit(sx, sy, ux, uy);
        double[] end = exit(tx, ty, -ux, -uy);
        double bx = end[0] - ux * 11;
        double by = end[1] - uy * 11;
        String protocol = edge.get(EdgeAttributes.PROTOCOL).asOptional().map(p -> p.wireName().toUpperCase())
                .orElse("");
        String label = edge.name().isEmpty() ? protocol : protocol.isEmpty() ? edge.name()
                : edge.name() + " · " + protocol;
        svg.append(String.format(Locale.ROOT, "<g id=\"edge-%s\"><line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" "
                + "y2=\"%.1f\" stroke=\"#57606a\" stroke-width=\"1.5\"/><polygon points=\"%.1f,%.1f %.1f,%.1f "
                + "%.1f,%.1f\" fill=\"#57606a\"/><text x=\"%.1f\" y=\"%.1f\" font-size=\"10\" fill=\"#57606a\" "
                + "text-anchor=\"middle\">%s</text></g>%n", escape(edge.id().value()), start[0], start[1], bx, by,
                end[0], end[1], bx - uy * 5, by + ux * 5, bx + uy * 5, by - ux * 5, (start[0] + end[0]) / 2,
                (start[1] + end[1]) / 2 - 4, escape(label)));
    }

    private static void node(StringBuilder svg, ThreatModel model, Node node, double ox, double oy) {
        Bounds b = DiagramGeometry.nodeBounds(model, node.id());
        double x = b.x() + ox;
        double y = b.y() + oy;
        svg.append(String.format(Locale.ROOT, "<g id=\"node-%s\"><rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" "
                + "height=\"%.1f\" rx=\"6\" fill=\"#ffffff\" stroke=\"#8c959f\" stroke-width=\"1.2\"/>",
                escape(node.id().value()), x, y, NodeViewModel.WIDTH, NodeViewModel.HEIGHT));
        double scale = 26 / IconLibrary.SIZE;
        svg.append(String.format(Locale.ROOT, "<g transform=\"translate(%.1f %.1f) scale(%.4f)\" fill=\"none\" "
                + "stroke=\"#0969da\" stroke-width=\"%.2f\" stroke-linecap=\"round\" stroke-linejoin=\"round\">",
                x + 12, y + (NodeViewModel.HEIGHT - 26) / 2, scale, IconLibrary.STROKE_WIDTH));
        for (String d : IconLibrary.find(node.kind().wireName()).orElse(java.util.List.of())) {
            svg.append("<path d=\"").append(d).append("\"/>");
        }
        svg.append("</g>");
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"13\" font-weight=\"bold\" "
                + "fill=\"#1f2328\">%s</text><text x=\"%.1f\" y=\"%.1f\" font-size=\"10\" fill=\"#57606a\">%s</text>"
                + "</g>%n", x + 48, y + 25, escape(node.name()), x + 48, y + 42,
                escape(node.kind().displayName())));
    }

    private static double[] exit(double cx, double cy, double ux, double uy) {
        double halfW = NodeViewModel.WIDTH / 2 + 2;
        double halfH = NodeViewModel.HEIGHT / 2 + 2;
        double t = Math.min(ux == 0 ? Double.MAX_VALUE : halfW / Math.abs(ux),
                uy == 0 ? Double.MAX_VALUE : halfH / Math.abs(uy));
        return new double[] {cx + ux * t, cy + uy * t};
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
