package org.threatmesh.export.pdf;

import java.awt.Color;
import org.threatmesh.export.report.Block;
import org.threatmesh.export.report.Block.Metric;

/** A row of tiles with big numbers, the first thing a manager reads. */
final class MetricsRenderer {

    private static final float HEIGHT = 58;
    private static final float GAP = 8;

    void render(Block.Metrics metrics, Pager pager) {
        int count = metrics.metrics().size();
        if (count == 0) {
            return;
        }
        pager.ensure(HEIGHT + Styles.BLOCK_GAP);
        float tileWidth = (pager.width() - GAP * (count - 1)) / count;
        float top = pager.y();
        Style number = new Style(22f, true, Palette.TEXT, 26f);
        Style label = Styles.NOTE;
        for (int i = 0; i < count; i++) {
            Metric metric = metrics.metrics().get(i);
            Color color = Palette.of(metric.tone());
            float x = pager.left() + i * (tileWidth + GAP);
            pager.canvas().roundRect(x, top - HEIGHT, tileWidth, HEIGHT, 5, Palette.tint(color, 0.10f),
                    Palette.tint(color, 0.55f), 0.8f);
            pager.canvas().fillRect(x + 8, top - 8 - 3, 18, 3, color);
            pager.canvas().text(Integer.toString(metric.value()), x + 8, top - 36, number.withColor(color));
            pager.canvas().text(pager.typesetter().ellipsize(metric.label(), label, tileWidth - 16), x + 8,
                    top - HEIGHT + 9, label);
        }
        pager.advance(HEIGHT + Styles.BLOCK_GAP * 1.5f);
    }
}
