package org.threatmesh.export.pdf;

import java.awt.Color;
import java.util.List;
import org.threatmesh.export.report.Block;
import org.threatmesh.export.report.Block.Cell;

/** The cover page: a dark band with the model's name, the facts, the risk verdict and the model's description. */
final class CoverRenderer {

    private static final float BAND = 250;

    void render(Block.Cover cover, Pager pager) {
        float pageTop = pager.y() + Pager.MARGIN_TOP;
        float pageWidth = pager.right() + Pager.MARGIN_SIDE;
        pager.canvas().fillRect(0, pageTop - BAND, pageWidth, BAND, Palette.ACCENT);
        Style kicker = new Style(9f, true, new Color(0x9f, 0xb8, 0xd9), 12f);
        Style title = new Style(28f, true, Palette.WHITE, 34f);
        Style subtitle = new Style(13f, false, new Color(0xc9, 0xd6, 0xe8), 17f);
        float y = pageTop - 70;
        pager.canvas().text("THREATMESH · NIST SP 800-204", pager.left(), y, kicker);
        y -= 40;
        List<String> titleLines = pager.typesetter().wrap(cover.title(), title, pager.width(), 3);
        for (String line : titleLines) {
            pager.canvas().text(line, pager.left(), y, title);
            y -= title.leading();
        }
        pager.canvas().text(cover.subtitle(), pager.left(), y - 2, subtitle);
        pager.advance(pager.y() - (pageTop - BAND) + 36);

        Color tone = Palette.of(cover.ratingTone());
        Style rating = new Style(15f, true, tone, 19f);
        List<String> ratingLines = pager.typesetter().wrap(cover.rating(), rating, pager.width() - 40, 2);
        float boxHeight = ratingLines.size() * rating.leading() + 24;
        float top = pager.y();
        pager.canvas().roundRect(pager.left(), top - boxHeight, pager.width(), boxHeight, 6, Palette.tint(tone, 0.1f),
                Palette.tint(tone, 0.6f), 1f);
        pager.canvas().fillRect(pager.left(), top - boxHeight, 5, boxHeight, tone);
        float baseline = top - 12 - rating.ascent();
        for (String line : ratingLines) {
            pager.canvas().text(line, pager.left() + 20, baseline, rating);
            baseline -= rating.leading();
        }
        pager.advance(boxHeight + 24);

        for (Cell fact : cover.facts()) {
            ParagraphRenderer.write(fact.text(), Styles.LEAD, pager.left(), pager.width(), pager);
        }
        if (!cover.description().isBlank()) {
            pager.advance(14);
            pager.canvas().text("ABOUT THE SYSTEM", pager.left(), pager.y() - 8, Styles.SMALL.bolder());
            pager.advance(16);
            int maxLines = Math.max(1, (int) ((pager.y() - pager.bottom() - 10) / Styles.BODY.leading()));
            for (String line : pager.typesetter().wrap(cover.description(), Styles.BODY, pager.width(), maxLines)) {
                pager.canvas().text(line, pager.left(), pager.y() - Styles.BODY.ascent(), Styles.BODY);
                pager.advance(Styles.BODY.leading());
            }
        }
    }
}
