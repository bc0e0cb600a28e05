package org.threatmesh.export.pdf;

/** The report's type scale, in one place so spacing stays consistent. */
final class Styles {

    static final Style BODY = new Style(9.5f, false, Palette.TEXT, 13.5f);
    static final Style BODY_BOLD = BODY.bolder();
    static final Style LEAD = new Style(11f, false, Palette.TEXT, 16f);
    static final Style NOTE = new Style(8.5f, false, Palette.SUBTLE, 12f);
    static final Style SMALL = new Style(7.5f, false, Palette.SUBTLE, 10f);
    static final Style SECTION_TITLE = new Style(20f, true, Palette.ACCENT, 25f);
    static final Style HEADING_1 = new Style(13f, true, Palette.ACCENT, 17f);
    static final Style HEADING_2 = new Style(11f, true, Palette.TEXT, 15f);
    static final Style TABLE = new Style(8.5f, false, Palette.TEXT, 11.5f);
    static final Style TABLE_COMPACT = new Style(7f, false, Palette.TEXT, 9.5f);

    /** Vertical gap after a block. */
    static final float BLOCK_GAP = 10;

    private Styles() {
    }
}
