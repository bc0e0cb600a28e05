package org.threatmesh.app.samples;

import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import org.threatmesh.app.canvas.DiagramGeometry;
import org.threatmesh.app.canvas.ZoneSkin;
import org.threatmesh.model.Bounds;
import org.threatmesh.model.Edge;
import org.threatmesh.model.Node;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.TrustZone;

/**
 * Draws a model's diagram small, in the canvas's geometry and zone colours: zones as tinted rounded rectangles,
 * calls as lines, nodes as boxes. Labels are left out because they would be unreadable at this size. Must run on
 * the JavaFX thread (it takes a snapshot).
 */
public final class ThumbnailPainter {

    private final double width;
    private final double height;

    public ThumbnailPainter(double width, double height) {
        this.width = width;
        this.height = height;
    }

    /** The thumbnail of {@code model}, fitted into the painter's size with a small margin. */
    public Image paint(ThreatModel model) {
        Canvas canvas = new Canvas(width, height);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, width, height);
        Bounds content = DiagramGeometry.contentBounds(model).orElse(new Bounds(0, 0, 1, 1));
        double margin = 6;
        double scale = Math.min((width - 2 * margin) / Math.max(1, content.width()),
                (height - 2 * margin) / Math.max(1, content.height()));
        double ox = (width - content.width() * scale) / 2 - content.x() * scale;
        double oy = (height - content.height() * scale) / 2 - content.y() * scale;
        model.zones().values().stream()
                .sorted(java.util.Comparator.comparingInt((TrustZone z) -> DiagramGeometry.depth(model, z.id())))
                .forEach(zone -> DiagramGeometry.zoneBounds(model, zone.id()).ifPresent(b -> {
                    Color color = Color.web(model.layout().zone(zone.id()).flatMap(l -> l.color())
                            .orElse(ZoneSkin.colorOf(zone.kind())));
                    g.setFill(color.deriveColor(0, 1, 1, 0.10));
                    g.setStroke(color);
                    g.setLineWidth(1);
                    g.fillRoundRect(ox + b.x() * scale, oy + b.y() * scale, b.width() * scale, b.height() * scale,
                            6, 6);
                    g.strokeRoundRect(ox + b.x() * scale, oy + b.y() * scale, b.width() * scale,
                            b.height() * scale, 6, 6);
                }));
        g.setStroke(Color.web("#8c959f"));
        g.setLineWidth(0.8);
        for (Edge edge : model.edges().values()) {
            Bounds from = DiagramGeometry.nodeBounds(model, edge.from());
            Bounds to = DiagramGeometry.nodeBounds(model, edge.to());
            g.strokeLine(ox + (from.x() + from.width() / 2) * scale, oy + (from.y() + from.height() / 2) * scale,
                    ox + (to.x() + to.width() / 2) * scale, oy + (to.y() + to.height() / 2) * scale);
        }
        g.setFill(Color.web("#ddf4ff"));
        g.setStroke(Color.web("#0969da"));
        for (Node node : model.nodes().values()) {
            Bounds b = DiagramGeometry.nodeBounds(model, node.id());
            g.fillRoundRect(ox + b.x() * scale, oy + b.y() * scale, b.width() * scale, b.height() * scale, 3, 3);
            g.strokeRoundRect(ox + b.x() * scale, oy + b.y() * scale, b.width() * scale, b.height() * scale, 3, 3);
        }
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.WHITE);
        return canvas.snapshot(parameters, null);
    }
}
