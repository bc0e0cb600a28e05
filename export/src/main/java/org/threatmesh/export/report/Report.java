package org.threatmesh.export.report;

import java.util.List;
import java.util.Objects;

/**
 * A threat report as plain data: what is said, in which order, with which emphasis. It knows nothing about pages,
 * fonts or PDF; a renderer lays it out. Equal inputs build equal reports.
 *
 * @param metadata document properties
 * @param sections in reading order; each becomes a top-level bookmark
 */
public record Report(ReportMetadata metadata, List<Section> sections) {

    public Report {
        Objects.requireNonNull(metadata, "metadata");
        sections = List.copyOf(sections);
    }

    /** The section with {@code anchor}, or an exception; used by tests and the renderer's progress labels. */
    public Section section(String anchor) {
        return sections.stream().filter(s -> s.anchor().equals(anchor)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no section '" + anchor + "'"));
    }
}
