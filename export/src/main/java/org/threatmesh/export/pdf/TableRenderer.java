package org.threatmesh.export.pdf;

import java.util.ArrayList;
import java.util.List;
import org.threatmesh.export.report.Block;
import org.threatmesh.export.report.Block.Cell;
import org.threatmesh.export.report.Block.Column;
import org.threatmesh.export.report.Block.Row;
import org.threatmesh.export.report.Tone;

/**
 * Tables with wrapped cells, zebra rows and a header that repeats on every page. A row is never split; a cell too
 * long for a whole page is cut with an ellipsis rather than allowed to overflow.
 */
final class TableRenderer {

    private static final float PAD_X = 4;
    private static final float PAD_Y = 3;

    void render(Block.Table table, Pager pager) {
        Style style = table.compact() ? Styles.TABLE_COMPACT : Styles.TABLE;
        Style header = style.bolder().withColor(Palette.ACCENT);
        float headerHeight = headerHeight(table, header, pager);
        pager.ensure(headerHeight + style.leading() + 2 * PAD_Y);
        float[] widths = widths(table, pager.width());
        drawHeader(table, header, widths, headerHeight, pager);
        int index = 0;
        for (Row row : table.rows()) {
            List<List<String>> cells = layoutRow(row, style, widths, pager, headerHeight);
            float height = rowHeight(cells, style);
            if (!pager.fits(height)) {
                pager.newPage(pager.isLandscape());
                drawHeader(table, header, widths, headerHeight, pager);
            }
            drawRow(row, cells, style, widths, height, index++ % 2 == 1, pager);
        }
        pager.advance(Styles.BLOCK_GAP);
    }

    private static float[] widths(Block.Table table, float total) {
        double sum = table.columns().stream().mapToDouble(Column::weight).sum();
        float[] widths = new float[table.columns().size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = (float) (total * table.columns().get(i).weight() / sum);
        }
        return widths;
    }

    private static float headerHeight(Block.Table table, Style header, Pager pager) {
        float[] widths = widths(table, pager.width());
        int lines = 1;
        for (int i = 0; i < widths.length; i++) {
            lines = Math.max(lines, pager.typesetter().wrap(table.columns().get(i).header(), header,
                    widths[i] - 2 * PAD_X, 3).size());
        }
        return lines * header.leading() + 2 * PAD_Y;
    }

    private static void drawHeader(Block.Table table, Style header, float[] widths, float height, Pager pager) {
        float top = pager.y();
        pager.canvas().fillRect(pager.left(), top - height, pager.width(), height, Palette.HEADER_FILL);
        float x = pager.left();
        for (int i = 0; i < widths.length; i++) {
            float baseline = top - PAD_Y - header.ascent();
            for (String line : pager.typesetter().wrap(table.columns().get(i).header(), header,
                    widths[i] - 2 * PAD_X, 3)) {
                pager.canvas().text(line, x + PAD_X, baseline, header);
                baseline -= header.leading();
            }
            x += widths[i];
        }
        pager.canvas().line(pager.left(), top - height, pager.right(), top - height, Palette.ACCENT, 0.8f);
        pager.advance(height);
    }

    private static List<List<String>> layoutRow(Row row, Style style, float[] widths, Pager pager,
            float headerHeight) {
        int maxLines = Math.max(1, (int) ((pager.fullHeight() - headerHeight - 2 * PAD_Y) / style.leading()));
        List<List<String>> cells = new ArrayList<>();
        for (int i = 0; i < widths.length; i++) {
            Cell cell = row.cells().get(i);
            cells.add(pager.typesetter().wrap(cell.text(), styleOf(cell, style), widths[i] - 2 * PAD_X, maxLines));
        }
        return cells;
    }

    private static float rowHeight(List<List<String>> cells, Style style) {
        int lines = cells.stream().mapToInt(List::size).max().orElse(1);
        return lines * style.leading() + 2 * PAD_Y;
    }

    private static void drawRow(Row row, List<List<String>> cells, Style style, float[] widths, float height,
            boolean striped, Pager pager) {
        float top = pager.y();
        if (striped) {
            pager.canvas().fillRect(pager.left(), top - height, pager.width(), height, Palette.STRIPE_FILL);
        }
        row.anchor().ifPresent(anchor -> {
            pager.anchor(anchor.id());
            pager.rowBookmark(anchor.bookmark(), anchor.id());
        });
        float x = pager.left();
        for (int i = 0; i < widths.length; i++) {
            Cell cell = row.cells().get(i);
            Style cellStyle = styleOf(cell, style);
            float baseline = top - PAD_Y - style.ascent();
            float widest = 0;
            for (String line : cells.get(i)) {
                widest = Math.max(widest, pager.canvas().text(line, x + PAD_X, baseline, cellStyle));
                baseline -= style.leading();
            }
            if (cell.link().isPresent()) {
                float linesHeight = cells.get(i).size() * style.leading();
                pager.canvas().line(x + PAD_X, top - PAD_Y - style.ascent() - 1.2f, x + PAD_X + Math.min(widest,
                        widths[i] - 2 * PAD_X), top - PAD_Y - style.ascent() - 1.2f, Palette.tint(Palette.LINK, 0.5f),
                        0.4f);
                pager.link(x + PAD_X, top - PAD_Y - linesHeight, widths[i] - 2 * PAD_X, linesHeight,
                        cell.link().get());
            }
            x += widths[i];
        }
        pager.canvas().line(pager.left(), top - height, pager.right(), top - height, Palette.RULE, 0.4f);
        pager.advance(height);
    }

    private static Style styleOf(Cell cell, Style base) {
        if (cell.link().isPresent()) {
            return base.withColor(Palette.LINK);
        }
        return cell.tone() == Tone.NEUTRAL ? base : base.bolder().withColor(Palette.of(cell.tone()));
    }
}
