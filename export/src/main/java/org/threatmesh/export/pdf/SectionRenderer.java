package org.threatmesh.export.pdf;

import java.util.List;
import org.threatmesh.export.report.Block;
import org.threatmesh.export.report.Section;

/**
 * Lays out one section: opens its first page (landscape when it opens with a wide diagram), writes the section
 * title and bookmark, and hands each block to its renderer.
 */
final class SectionRenderer {

    private final HeadingRenderer headings = new HeadingRenderer();
    private final ParagraphRenderer paragraphs = new ParagraphRenderer();
    private final BulletsRenderer bullets = new BulletsRenderer();
    private final CoverRenderer cover = new CoverRenderer();
    private final MetricsRenderer metrics = new MetricsRenderer();
    private final BarChartRenderer charts = new BarChartRenderer();
    private final TableRenderer tables = new TableRenderer();
    private final FindingCardRenderer cards = new FindingCardRenderer();
    private final DiagramRenderer diagrams;

    SectionRenderer(NodeIcons icons) {
        this.diagrams = new DiagramRenderer(icons);
    }

    /** Told how many of a section's blocks are done, so long sections report progress as they go. */
    @FunctionalInterface
    interface BlockProgress {
        void blocksDone(int done, int total);
    }

    void render(Section section, Pager pager, BlockProgress progress) {
        boolean opensWithDiagram = !section.blocks().isEmpty() && section.blocks().get(0) instanceof Block.Diagram;
        boolean landscape = opensWithDiagram
                && DiagramRenderer.prefersLandscape(((Block.Diagram) section.blocks().get(0)).view());
        pager.newPage(landscape);
        pager.anchor(section.anchor());
        pager.startSection(section.anchor(), section.title());
        if (!section.anchor().equals(Section.COVER)) {
            headings.sectionTitle(section.title(), pager);
        }
        List<Block> blocks = section.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Block.Heading heading) {
                headings.render(heading, keepWithNext(i + 1 < blocks.size() ? blocks.get(i + 1) : null, pager),
                        pager);
            } else {
                render(blocks.get(i), pager);
            }
            progress.blocksDone(i + 1, blocks.size());
        }
    }

    /** A heading stays with the whole finding card that follows when the card fits on a page. */
    private float keepWithNext(Block next, Pager pager) {
        if (next instanceof Block.FindingCard card) {
            float height = cards.height(card, pager);
            return height <= pager.fullHeight() - 40 ? height : HeadingRenderer.KEEP_WITH_NEXT;
        }
        return HeadingRenderer.KEEP_WITH_NEXT;
    }

    private void render(Block block, Pager pager) {
        if (block instanceof Block.Paragraph paragraph) {
            paragraphs.render(paragraph, pager);
        } else if (block instanceof Block.Bullets list) {
            bullets.render(list, pager);
        } else if (block instanceof Block.Cover coverBlock) {
            cover.render(coverBlock, pager);
        } else if (block instanceof Block.Metrics row) {
            metrics.render(row, pager);
        } else if (block instanceof Block.BarChart chart) {
            charts.render(chart, pager);
        } else if (block instanceof Block.Table table) {
            tables.render(table, pager);
        } else if (block instanceof Block.FindingCard card) {
            cards.render(card, pager);
        } else if (block instanceof Block.Diagram diagram) {
            diagrams.render(diagram, pager);
        } else {
            throw new IllegalStateException("no renderer for " + block.getClass().getSimpleName());
        }
    }
}
