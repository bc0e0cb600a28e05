package org.threatmesh.export.pdf;

import java.util.List;
import org.threatmesh.export.report.Block;
import org.threatmesh.export.report.Block.Cell;
import org.threatmesh.export.report.Tone;

/** A bulleted list; the bullet takes the item's tone, and linked items are clickable over their whole text. */
final class BulletsRenderer {

    private static final float INDENT = 16;

    void render(Block.Bullets bullets, Pager pager) {
        Style style = Styles.BODY;
        for (Cell item : bullets.items()) {
            List<String> lines = pager.typesetter().wrap(item.text(), style, pager.width() - INDENT);
            pager.ensure(Math.min(lines.size(), 3) * style.leading());
            float bulletCenter = pager.y() - style.leading() / 2 + 1;
            pager.canvas().circle(pager.left() + 4, bulletCenter, 2.6f,
                    Palette.of(item.tone() == Tone.NEUTRAL ? Tone.MUTED : item.tone()), null, 0);
            for (String line : lines) {
                pager.ensure(style.leading());
                pager.canvas().text(line, pager.left() + INDENT, pager.y() - style.ascent(), style);
                item.link().ifPresent(anchor -> pager.link(pager.left() + INDENT, pager.y() - style.leading(),
                        pager.width() - INDENT, style.leading(), anchor));
                pager.advance(style.leading());
            }
            pager.advance(4);
        }
        pager.advance(Styles.BLOCK_GAP * 0.5f);
    }
}
