package org.threatmesh.export.report;

import java.util.Objects;

/**
 * How the report is put together.
 *
 * @param author               shown on the cover and in the PDF metadata; empty means the model's own author
 * @param maxNodesOnOneDiagram above this many nodes the architecture is drawn as an overview plus one page per
 *                             zone, because one page cannot show more nodes legibly
 * @param expiryWarningDays    triage decisions that expire within this many days are listed as expiring
 * @param topRisks             how many open violations the executive summary spells out
 */
public record ReportOptions(String author, int maxNodesOnOneDiagram, int expiryWarningDays, int topRisks) {

    public ReportOptions {
        Objects.requireNonNull(author, "author");
        if (maxNodesOnOneDiagram < 1 || expiryWarningDays < 0 || topRisks < 0) {
            throw new IllegalArgumentException("report options must be positive");
        }
    }

    /** 60 nodes per diagram page, 30 days of expiry warning, five top risks, the model's author. */
    public static ReportOptions defaults() {
        return new ReportOptions("", 60, 30, 5);
    }

    public ReportOptions withAuthor(String newAuthor) {
        return new ReportOptions(newAuthor, maxNodesOnOneDiagram, expiryWarningDays, topRisks);
    }

    public ReportOptions withMaxNodesOnOneDiagram(int max) {
        return new ReportOptions(author, max, expiryWarningDays, topRisks);
    }
}
