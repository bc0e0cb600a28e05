package org.threatmesh.export.report;

import java.util.List;
import java.util.Objects;

/**
 * One chapter of the report. Every section starts on a new page and gets a top-level bookmark.
 *
 * @param anchor stable id of the section, the target of its bookmark
 * @param title  shown as the section heading; empty for the cover
 * @param blocks content in reading order
 */
public record Section(String anchor, String title, List<Block> blocks) {

    public static final String COVER = "cover";
    public static final String SUMMARY = "summary";
    public static final String ARCHITECTURE = "architecture";
    public static final String COVERAGE = "coverage";
    public static final String FINDINGS = "findings";
    public static final String STRATEGY_INDEX = "strategy-index";
    public static final String APPENDIX = "appendix";

    public Section {
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(title, "title");
        blocks = List.copyOf(blocks);
    }
}
