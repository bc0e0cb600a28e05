package org.threatmesh.export.report;

import java.time.Instant;
import java.util.Objects;

/**
 * Document properties a PDF viewer shows.
 *
 * @param title    document title
 * @param author   who produced the report
 * @param subject  one line on what it is
 * @param keywords comma-separated
 * @param created  creation and modification date, from the injected clock
 */
public record ReportMetadata(String title, String author, String subject, String keywords, Instant created) {

    public ReportMetadata {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(keywords, "keywords");
        Objects.requireNonNull(created, "created");
    }
}
