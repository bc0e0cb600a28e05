package org.threatmesh.export.pdf;

import org.threatmesh.export.report.Block;

/** Running text, wrapped to the page width and continued on the next page line by line. */
final class ParagraphRenderer {

    void render(Block.Paragraph paragraph, Pager pager) {
        Style style = switch (paragraph.style()) {
            case BODY -> Styles.BODY;
            case LEAD -> Styles.LEAD;
            case NOTE -> Styles.NOTE;
        };
        write(paragraph.text(), style, pager.left(), pager.width(), pager);
        pager.advance(Styles.BLOCK_GAP * 0.6f);
    }

    /** Writes wrapped text at {@code x}, breaking pages between lines. */
    static void write(String text, Style style, float x, float width, Pager pager) {
        for (String line : pager.typesetter().wrap(text, style, width)) {
            pager.ensure(style.leading());
            pager.canvas().text(line, x, pager.y() - style.ascent(), style);
            pager.advance(style.leading());
        }
    }
}
