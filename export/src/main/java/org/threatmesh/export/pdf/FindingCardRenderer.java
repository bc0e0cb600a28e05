package org.threatmesh.export.pdf;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.threatmesh.export.report.Block;
import org.threatmesh.export.report.Block.Cell;
import org.threatmesh.export.report.Tone;

/**
 * A finding as a card: a severity pill and the rule title, the facts, what is wrong, the evidence, what to do, the
 * configuration that does it, and the triage decision. A card that does not fit the rest of a page moves to the
 * next one; a card taller than a page continues over pages with its frame drawn per page.
 */
final class FindingCardRenderer {

    private static final float PAD = 9;
    private static final float STRIPE = 3.5f;
    private static final Style TITLE = new Style(10.5f, true, Palette.TEXT, 14f);
    private static final Style LABEL = new Style(7.5f, true, Palette.SUBTLE, 11f);
    private static final Style PILL = new Style(7f, true, Palette.WHITE, 9f);

    /** One prepared line of the card. */
    private record Line(String text, Style style, float indent, float gapBefore, boolean pill) {
        float height() {
            return gapBefore + style.leading();
        }
    }

    /** The card's full height on the current page width. */
    float height(Block.FindingCard card, Pager pager) {
        List<Line> lines = lines(card, pager.width() - 2 * PAD - STRIPE, pager.typesetter());
        return lines.stream().map(Line::height).reduce(0f, Float::sum) + 2 * PAD;
    }

    void render(Block.FindingCard card, Pager pager) {
        Color color = Palette.of(card.tone());
        float inner = pager.width() - 2 * PAD - STRIPE;
        List<Line> lines = lines(card, inner, pager.typesetter());
        float total = lines.stream().map(Line::height).reduce(0f, Float::sum) + 2 * PAD;
        if (!pager.fits(total) && total <= pager.fullHeight()) {
            pager.newPage(pager.isLandscape());
        } else {
            pager.ensure(lines.get(0).height() + 3 * Styles.BODY.leading() + 2 * PAD);
        }
        pager.anchor(card.anchor());
        int next = 0;
        while (next < lines.size()) {
            float room = pager.y() - pager.bottom() - 2 * PAD;
            int end = next;
            float used = 0;
            while (end < lines.size() && used + lines.get(end).height() <= room) {
                used += lines.get(end).height();
                end++;
            }
            if (end == next) {
                pager.newPage(pager.isLandscape());
                continue;
            }
            drawSegment(lines.subList(next, end), used + 2 * PAD, color, card.severity(), pager);
            next = end;
            if (next < lines.size()) {
                pager.newPage(pager.isLandscape());
            }
        }
        pager.advance(Styles.BLOCK_GAP);
    }

    private static List<Line> lines(Block.FindingCard card, float width, Typesetter typesetter) {
        List<Line> lines = new ArrayList<>();
        float pillWidth = typesetter.width(pillText(card.severity()), PILL) + 10 + 6;
        boolean first = true;
        for (String line : typesetter.wrap(card.title(), TITLE, width - pillWidth)) {
            lines.add(new Line(line, TITLE, pillWidth, 0, first));
            first = false;
        }
        float gap = 4;
        for (Cell fact : card.facts()) {
            Style style = fact.tone() == Tone.NEUTRAL ? Styles.NOTE
                    : Styles.NOTE.bolder().withColor(Palette.of(fact.tone()));
            for (String line : typesetter.wrap(fact.text(), style, width)) {
                lines.add(new Line(line, style, 0, gap, false));
                gap = 0;
            }
        }
        addText(lines, null, card.message(), Styles.BODY, width, typesetter);
        if (!card.evidence().isEmpty()) {
            lines.add(new Line("EVIDENCE", LABEL, 0, 6, false));
            for (String evidence : card.evidence()) {
                boolean firstLine = true;
                for (String line : typesetter.wrap(evidence, Styles.TABLE, width - 10)) {
                    lines.add(new Line((firstLine ? "• " : "") + line, Styles.TABLE, firstLine ? 0 : 8, 0, false));
                    firstLine = false;
                }
            }
        }
        addText(lines, "MITIGATION", card.mitigation(), Styles.BODY, width, typesetter);
        if (!card.artefacts().isEmpty()) {
            addText(lines, "CONFIGURATION", String.join("; ", card.artefacts()), Styles.TABLE, width, typesetter);
        }
        if (!card.triage().isEmpty()) {
            addText(lines, "TRIAGE", card.triage(), Styles.TABLE, width, typesetter);
        }
        return lines;
    }

    private static void addText(List<Line> lines, String label, String text, Style style, float width,
            Typesetter typesetter) {
        float gap = 6;
        if (label != null) {
            lines.add(new Line(label, LABEL, 0, gap, false));
            gap = 0;
        }
        for (String line : typesetter.wrap(text, style, width)) {
            lines.add(new Line(line, style, 0, gap, false));
            gap = 0;
        }
    }

    private static void drawSegment(List<Line> lines, float height, Color color, String severity, Pager pager) {
        float top = pager.y();
        float left = pager.left();
        pager.canvas().roundRect(left, top - height, pager.width(), height, 4, Palette.CARD_FILL, Palette.RULE, 0.6f);
        pager.canvas().fillRect(left, top - height + 0.3f, STRIPE, height - 0.6f, color);
        float x = left + STRIPE + PAD;
        float y = top - PAD;
        for (Line line : lines) {
            y -= line.gapBefore();
            float baseline = y - line.style().ascent();
            if (line.pill()) {
                String text = pillText(severity);
                float pillWidth = pager.typesetter().width(text, PILL) + 10;
                pager.canvas().roundRect(x, baseline - 3, pillWidth, 12.5f, 3, color, null, 0);
                pager.canvas().text(text, x + 5, baseline + 0.5f, PILL);
            }
            pager.canvas().text(line.text(), x + line.indent(), baseline, line.style());
            y -= line.style().leading();
        }
        pager.advance(height);
    }

    private static String pillText(String severity) {
        return severity.toUpperCase(Locale.ROOT);
    }
}
