package org.threatmesh.export.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The flow of pages: opens pages, tracks the writing position, and records what can only be resolved once every
 * page exists (link targets, pending links, bookmarks). Calls {@code beforeNewPage} before each page so an export
 * can be cancelled between pages.
 */
final class Pager {

    static final PDRectangle PORTRAIT = new PDRectangle(PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
    static final PDRectangle LANDSCAPE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    static final float MARGIN_SIDE = 56;
    static final float MARGIN_TOP = 56;
    static final float MARGIN_BOTTOM = 64;

    /** Where an anchor landed. */
    record Target(PDPage page, float y) {
    }

    /** A link area waiting for its target page. */
    record PendingLink(PDPage page, PDRectangle area, String anchor) {
    }

    /** A bookmark: outline depth (0 = section), title, anchor. */
    record Bookmark(int level, String title, String anchor) {
    }

    private final PDDocument document;
    private final Fonts fonts;
    private final Typesetter typesetter;
    private final Runnable beforeNewPage;
    private final List<PDPage> pages = new ArrayList<>();
    private final Map<String, Target> targets = new HashMap<>();
    private final List<PendingLink> links = new ArrayList<>();
    private final List<Bookmark> bookmarks = new ArrayList<>();
    private PDPage page;
    private PDPageContentStream stream;
    private Canvas canvas;
    private float y;
    private boolean pageHasContent;
    private int headingLevel;

    Pager(PDDocument document, Fonts fonts, Runnable beforeNewPage) {
        this.document = document;
        this.fonts = fonts;
        this.typesetter = new Typesetter(fonts);
        this.beforeNewPage = beforeNewPage;
    }

    Typesetter typesetter() {
        return typesetter;
    }

    Fonts fonts() {
        return fonts;
    }

    /** Starts a new page; the writing position moves to the top margin. */
    void newPage(boolean landscape) {
        beforeNewPage.run();
        closeStream();
        page = new PDPage(landscape ? LANDSCAPE : PORTRAIT);
        document.addPage(page);
        pages.add(page);
        try {
            stream = new PDPageContentStream(document, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        canvas = new Canvas(stream, fonts);
        y = page.getMediaBox().getHeight() - MARGIN_TOP;
        pageHasContent = false;
    }

    /** Makes room for {@code height} points, moving to a new portrait page when the current one is full. */
    void ensure(float height) {
        if (page == null || y - height < bottom()) {
            newPage(false);
        }
    }

    boolean fits(float height) {
        return page != null && y - height >= bottom();
    }

    Canvas canvas() {
        return canvas;
    }

    float y() {
        return y;
    }

    void advance(float height) {
        y -= height;
        pageHasContent = true;
    }

    /** True until a block draws on the page; section titles alone do not count. */
    boolean pageIsFresh() {
        return !pageHasContent;
    }

    void markTitleOnly(float height) {
        y -= height;
    }

    boolean isLandscape() {
        return page.getMediaBox().getWidth() > page.getMediaBox().getHeight();
    }

    float left() {
        return MARGIN_SIDE;
    }

    float right() {
        return page.getMediaBox().getWidth() - MARGIN_SIDE;
    }

    float width() {
        return right() - left();
    }

    float bottom() {
        return MARGIN_BOTTOM;
    }

    /** Height of a whole page's writing area. */
    float fullHeight() {
        return page.getMediaBox().getHeight() - MARGIN_TOP - MARGIN_BOTTOM;
    }

    /** Marks the current position as the target of {@code anchor}. */
    void anchor(String anchor) {
        targets.putIfAbsent(anchor, new Target(page, y));
    }

    void startSection(String anchor, String title) {
        headingLevel = 0;
        bookmarks.add(new Bookmark(0, title, anchor));
    }

    /** A bookmark for a heading at {@code level} (1 or 2) under the current section. */
    void headingBookmark(int level, String title, String anchor) {
        headingLevel = level;
        bookmarks.add(new Bookmark(level, title, anchor));
    }

    /** A bookmark one level under the latest heading, for anchored table rows. */
    void rowBookmark(String title, String anchor) {
        bookmarks.add(new Bookmark(headingLevel + 1, title, anchor));
    }

    void link(float x, float yBottom, float width, float height, String anchor) {
        links.add(new PendingLink(page, new PDRectangle(x, yBottom, width, height), anchor));
    }

    List<PDPage> pages() {
        return pages;
    }

    Map<String, Target> targets() {
        return targets;
    }

    List<PendingLink> links() {
        return links;
    }

    List<Bookmark> bookmarks() {
        return bookmarks;
    }

    void finish() {
        closeStream();
    }

    private void closeStream() {
        if (stream != null) {
            try {
                stream.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            stream = null;
        }
    }
}
