package org.threatmesh.export.pdf;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.threatmesh.export.report.DiagramView;
import org.threatmesh.export.report.Tone;

/**
 * Draws call arrows from box edge to box edge; parallel calls between the same pair are fanned out so each stays
 * visible. Badges are collected and drawn after the nodes, so no box hides them.
 */
final class EdgePainter {

    private static final Color DEFAULT = new Color(0x7d, 0x87, 0x94);
    private static final float FAN = 10;

    private final Pager pager;
    private final DiagramRenderer.Frame frame;
    private final List<Runnable> badges = new ArrayList<>();
    private final boolean labels;

    /**
     * @param labels whether call labels are legible at this scale and few enough to not bury the diagram
     */
    EdgePainter(Pager pager, DiagramRenderer.Frame frame, boolean labels) {
        this.pager = pager;
        this.frame = frame;
        this.labels = labels;
    }

    void draw(DiagramView.Edge edge, DiagramView.Node from, DiagramView.Node to, int index, int count) {
        double fx = from.x() + from.width() / 2;
        double fy = from.y() + from.height() / 2;
        double tx = to.x() + to.width() / 2;
        double ty = to.y() + to.height() / 2;
        double length = Math.hypot(tx - fx, ty - fy);
        if (length < 1) {
            return;
        }
        double ux = (tx - fx) / length;
        double uy = (ty - fy) / length;
        double offset = (index - (count - 1) / 2.0) * FAN;
        // Fan out consistently whichever way the call goes: perpendicular to the pair's canonical direction.
        double sign = from.id().compareTo(to.id()) < 0 ? 1 : -1;
        double px = -uy * offset * sign;
        double py = ux * offset * sign;
        double[] start = exit(from, fx + px, fy + py, ux, uy);
        double[] end = exit(to, tx + px, ty + py, -ux, -uy);
        Color color = edge.worst() == Tone.NEUTRAL ? DEFAULT : Palette.of(edge.worst());
        float width = Math.max(0.35f, (edge.worst() == Tone.NEUTRAL ? 1f : 1.8f) * frame.scale());
        float arrow = 9 * frame.scale();
        float x1 = frame.x(start[0]);
        float y1 = frame.y(start[1]);
        float x2 = frame.x(end[0]);
        float y2 = frame.y(end[1]);
        float dx = (float) ux;
        float dy = (float) -uy;
        float baseX = x2 - dx * arrow;
        float baseY = y2 - dy * arrow;
        pager.canvas().line(x1, y1, baseX, baseY, color, width);
        pager.canvas().triangle(x2, y2, baseX - dy * arrow * 0.45f, baseY + dx * arrow * 0.45f,
                baseX + dy * arrow * 0.45f, baseY - dx * arrow * 0.45f, color);
        if (labels && !edge.label().isEmpty()) {
            float lx = x1 + (baseX - x1) * 0.3f;
            float ly = y1 + (baseY - y1) * 0.3f;
            badges.add(() -> label(edge.label(), lx, ly));
        }
        if (edge.openCount() > 0) {
            float mx = (x1 + baseX) / 2;
            float my = (y1 + baseY) / 2;
            Color fill = edge.worst() == Tone.NEUTRAL ? Palette.of(Tone.REVIEW) : color;
            badges.add(() -> DiagramRenderer.badge(pager, mx, my, 8 * frame.scale(), edge.openCount(), fill));
        }
    }

    private void label(String text, float cx, float cy) {
        Style style = new Style(frame.text(9), false, Palette.SUBTLE, frame.text(9));
        String shown = pager.typesetter().ellipsize(text, style, 110 * frame.scale());
        float width = pager.typesetter().width(shown, style);
        pager.canvas().roundRect(cx - width / 2 - 2, cy - style.size() * 0.6f, width + 4, style.size() * 1.25f,
                2, Palette.WHITE, null, 0);
        pager.canvas().textCentered(shown, cx, cy - style.size() * 0.3f, style);
    }

    void drawBadges() {
        badges.forEach(Runnable::run);
    }

    /** Where the ray from the box's centre (shifted by the fan offset) in direction (ux, uy) leaves the box. */
    private static double[] exit(DiagramView.Node node, double cx, double cy, double ux, double uy) {
        double halfWidth = node.width() / 2;
        double halfHeight = node.height() / 2;
        double tX = ux == 0 ? Double.MAX_VALUE : halfWidth / Math.abs(ux);
        double tY = uy == 0 ? Double.MAX_VALUE : halfHeight / Math.abs(uy);
        double t = Math.min(tX, tY) + 2;
        return new double[] {cx + ux * t, cy + uy * t};
    }
}
