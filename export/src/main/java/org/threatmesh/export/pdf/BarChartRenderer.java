package org.threatmesh.export.pdf;

import java.awt.Color;
import org.threatmesh.export.report.Block;
import org.threatmesh.export.report.Block.Bar;

/** A horizontal bar chart in vector graphics: label column, bars scaled to the largest value, value after each. */
final class BarChartRenderer {

    private static final float ROW = 15;
    private static final float BAR = 9;

    void render(Block.BarChart chart, Pager pager) {
        Style title = Styles.BODY_BOLD;
        Style label = Styles.TABLE;
        float height = title.leading() + 6 + chart.bars().size() * ROW + Styles.BLOCK_GAP;
        pager.ensure(Math.min(height, pager.fullHeight()));
        pager.canvas().text(pager.typesetter().ellipsize(chart.title(), title, pager.width()), pager.left(),
                pager.y() - title.ascent(), title);
        pager.advance(title.leading() + 6);
        float labelWidth = pager.width() * 0.42f;
        float barLeft = pager.left() + labelWidth + 8;
        float barRoom = pager.right() - barLeft - 30;
        int max = Math.max(1, chart.max());
        for (Bar bar : chart.bars()) {
            pager.ensure(ROW);
            float top = pager.y();
            pager.canvas().text(pager.typesetter().ellipsize(bar.label(), label, labelWidth), pager.left(),
                    top - ROW / 2 - label.size() * 0.35f, label);
            pager.canvas().fillRect(barLeft, top - ROW / 2 - BAR / 2, barRoom, BAR, Palette.STRIPE_FILL);
            Color color = Palette.of(bar.tone());
            float length = barRoom * bar.value() / max;
            if (bar.value() > 0) {
                pager.canvas().roundRect(barLeft, top - ROW / 2 - BAR / 2, Math.max(length, 2.5f), BAR, 1.5f, color,
                        null, 0);
            }
            pager.canvas().text(Integer.toString(bar.value()), barLeft + Math.max(length, 2.5f) + 5,
                    top - ROW / 2 - label.size() * 0.35f, label.bolder());
            pager.advance(ROW);
        }
        pager.advance(Styles.BLOCK_GAP);
    }
}
