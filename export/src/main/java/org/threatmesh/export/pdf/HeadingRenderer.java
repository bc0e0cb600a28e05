package org.threatmesh.export.pdf;

import java.util.List;
import org.threatmesh.export.report.Block;

/**
 * Headings inside a section. A heading never ends a page on its own: it moves to the next page unless some of
 * what follows fits under it. Anchored headings become bookmarks.
 */
final class HeadingRenderer {

    /** Room kept under a heading when the next block's height is not known. */
    static final float KEEP_WITH_NEXT = 70;

    /**
     * @param keepWithNext how much of the following block must fit under the heading on the same page
     */
    void render(Block.Heading heading, float keepWithNext, Pager pager) {
        Style style = heading.level() == 1 ? Styles.HEADING_1 : Styles.HEADING_2;
        float spaceBefore = heading.level() == 1 ? 12 : 6;
        pager.ensure(spaceBefore + style.leading() + keepWithNext);
        if (!pager.pageIsFresh()) {
            pager.advance(spaceBefore);
        }
        List<String> lines = pager.typesetter().wrap(heading.text(), style, pager.width(), 3);
        heading.anchor().ifPresent(anchor -> {
            pager.anchor(anchor);
            pager.headingBookmark(heading.level(), heading.text(), anchor);
        });
        for (String line : lines) {
            pager.canvas().text(line, pager.left(), pager.y() - style.ascent(), style);
            pager.advance(style.leading());
        }
        if (heading.level() == 1) {
            pager.canvas().line(pager.left(), pager.y() + 2, pager.right(), pager.y() + 2, Palette.RULE, 0.6f);
        }
        pager.advance(5);
    }

    /** The big title that opens a section, with an accent bar above it. */
    void sectionTitle(String title, Pager pager) {
        Style style = Styles.SECTION_TITLE;
        pager.canvas().fillRect(pager.left(), pager.y() - 3, 36, 3, Palette.ACCENT);
        pager.markTitleOnly(12);
        for (String line : pager.typesetter().wrap(title, style, pager.width(), 2)) {
            pager.canvas().text(line, pager.left(), pager.y() - style.ascent(), style);
            pager.markTitleOnly(style.leading());
        }
        pager.markTitleOnly(12);
    }
}
