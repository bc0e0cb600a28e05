package org.threatmesh.export.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.threatmesh.export.report.ReportMetadata;

/**
 * What can only be done once every page exists: page numbers, link annotations to their targets, the outline, the
 * document properties, and the document /ID (see {@link DocumentId}).
 */
final class DocumentFinisher {

    private static final int MAX_BOOKMARK_LENGTH = 120;

    private final PDDocument document;
    private final Pager pager;

    DocumentFinisher(PDDocument document, Pager pager) {
        this.document = document;
        this.pager = pager;
    }

    void finish(ReportMetadata metadata, String footer, byte[] documentId) throws IOException {
        pager.finish();
        numberPages(footer);
        addLinks();
        addOutline();
        setMetadata(metadata);
        setDocumentId(documentId);
    }

    private void numberPages(String footer) throws IOException {
        List<PDPage> pages = pager.pages();
        int total = pages.size();
        Style style = Styles.SMALL;
        for (int i = 1; i < total; i++) {
            PDPage page = pages.get(i);
            float width = page.getMediaBox().getWidth();
            try (PDPageContentStream stream = new PDPageContentStream(document, page,
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                Canvas canvas = new Canvas(stream, pager.fonts());
                float baseline = Pager.MARGIN_BOTTOM - 30;
                canvas.line(Pager.MARGIN_SIDE, baseline + 12, width - Pager.MARGIN_SIDE, baseline + 12, Palette.RULE,
                        0.5f);
                String number = "Page " + (i + 1) + " of " + total;
                float numberWidth = pager.typesetter().width(number, style);
                canvas.text(pager.typesetter().ellipsize(footer, style, width - 2 * Pager.MARGIN_SIDE - numberWidth
                        - 20), Pager.MARGIN_SIDE, baseline, style);
                canvas.textRight(number, width - Pager.MARGIN_SIDE, baseline, style);
            }
        }
    }

    private void addLinks() throws IOException {
        for (Pager.PendingLink link : pager.links()) {
            Pager.Target target = pager.targets().get(link.anchor());
            if (target == null) {
                continue;
            }
            PDAnnotationLink annotation = new PDAnnotationLink();
            annotation.setRectangle(link.area());
            PDBorderStyleDictionary border = new PDBorderStyleDictionary();
            border.setWidth(0);
            annotation.setBorderStyle(border);
            annotation.setDestination(destination(target));
            link.page().getAnnotations().add(annotation);
        }
    }

    private void addOutline() {
        PDDocumentOutline outline = new PDDocumentOutline();
        List<PDOutlineItem> open = new ArrayList<>();
        for (Pager.Bookmark bookmark : pager.bookmarks()) {
            Pager.Target target = pager.targets().get(bookmark.anchor());
            if (target == null) {
                continue;
            }
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(bookmarkTitle(bookmark.title()));
            item.setDestination(destination(target));
            int level = Math.min(bookmark.level(), open.size());
            while (open.size() > level) {
                open.remove(open.size() - 1);
            }
            if (open.isEmpty()) {
                outline.addLast(item);
            } else {
                open.get(open.size() - 1).addLast(item);
            }
            open.add(item);
        }
        document.getDocumentCatalog().setDocumentOutline(outline);
        document.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
    }

    private static String bookmarkTitle(String title) {
        String single = title.replace('\n', ' ').replace('\r', ' ');
        return single.length() <= MAX_BOOKMARK_LENGTH ? single : single.substring(0, MAX_BOOKMARK_LENGTH - 1) + "…";
    }

    private static PDPageXYZDestination destination(Pager.Target target) {
        PDPageXYZDestination destination = new PDPageXYZDestination();
        destination.setPage(target.page());
        destination.setTop(Math.round(Math.min(target.y() + 24, target.page().getMediaBox().getHeight())));
        destination.setLeft(0);
        return destination;
    }

    private void setMetadata(ReportMetadata metadata) {
        PDDocumentInformation info = new PDDocumentInformation();
        info.setTitle(metadata.title());
        info.setAuthor(metadata.author());
        info.setSubject(metadata.subject());
        info.setKeywords(metadata.keywords());
        info.setCreator("ThreatMesh");
        Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        created.setTimeInMillis(metadata.created().toEpochMilli());
        info.setCreationDate(created);
        info.setModificationDate(created);
        document.setDocumentInformation(info);
        document.getDocumentCatalog().setLanguage("en");
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        document.getDocumentCatalog().setViewerPreferences(preferences);
    }

    private void setDocumentId(byte[] id) {
        COSArray array = new COSArray();
        array.add(new COSString(id));
        array.add(new COSString(id));
        document.getDocument().getTrailer().setItem(COSName.ID, array);
    }
}
