package org.threatmesh.export.report;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A unit of report content. Blocks carry text and meaning (a {@link Tone}), never positions or colours.
 */
public sealed interface Block {

    /**
     * A heading inside a section.
     *
     * @param level  1 for a subsection, 2 below that
     * @param text   the heading
     * @param anchor when present, a link target and a bookmark nested under the section
     */
    record Heading(int level, String text, Optional<String> anchor) implements Block {
        public Heading {
            if (level < 1 || level > 2) {
                throw new IllegalArgumentException("heading level must be 1 or 2");
            }
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(anchor, "anchor");
        }
    }

    /** Running text; {@code \n} starts a new line. */
    record Paragraph(String text, Style style) implements Block {
        public enum Style { BODY, LEAD, NOTE }

        public Paragraph {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(style, "style");
        }

        public static Paragraph body(String text) {
            return new Paragraph(text, Style.BODY);
        }

        public static Paragraph note(String text) {
            return new Paragraph(text, Style.NOTE);
        }
    }

    /** A bulleted list; each item may carry a tone shown as the bullet's colour. */
    record Bullets(List<Cell> items) implements Block {
        public Bullets {
            items = List.copyOf(items);
        }
    }

    /**
     * The cover page.
     *
     * @param title       the model's name
     * @param subtitle    what the document is
     * @param facts       label/value lines such as version, date and author
     * @param rating      the overall risk rating in words
     * @param ratingTone  its tone
     * @param description the model's description; may be empty
     */
    record Cover(String title, String subtitle, List<Cell> facts, String rating, Tone ratingTone, String description)
            implements Block {
        public Cover {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(subtitle, "subtitle");
            facts = List.copyOf(facts);
            Objects.requireNonNull(rating, "rating");
            Objects.requireNonNull(ratingTone, "ratingTone");
            Objects.requireNonNull(description, "description");
        }
    }

    /** A row of big numbers, for example open findings by severity. */
    record Metrics(List<Metric> metrics) implements Block {
        public Metrics {
            metrics = List.copyOf(metrics);
        }
    }

    /** One big number with its label. */
    record Metric(String label, int value, Tone tone) {
        public Metric {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(tone, "tone");
        }
    }

    /** A horizontal bar chart, drawn as vector bars. */
    record BarChart(String title, List<Bar> bars) implements Block {
        public BarChart {
            Objects.requireNonNull(title, "title");
            bars = List.copyOf(bars);
        }

        public int max() {
            return bars.stream().mapToInt(Bar::value).max().orElse(0);
        }
    }

    /** One bar: its label, length and tone. */
    record Bar(String label, int value, Tone tone) {
        public Bar {
            Objects.requireNonNull(label, "label");
            if (value < 0) {
                throw new IllegalArgumentException("bar value must not be negative");
            }
            Objects.requireNonNull(tone, "tone");
        }
    }

    /**
     * A table whose header repeats on every page it spans.
     *
     * @param columns headers with relative widths
     * @param rows    the body
     * @param compact smaller type, for wide matrices
     */
    record Table(List<Column> columns, List<Row> rows, boolean compact) implements Block {
        public Table {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
            for (Row row : rows) {
                if (row.cells().size() != columns.size()) {
                    throw new IllegalArgumentException("row has " + row.cells().size() + " cells, table has "
                            + columns.size() + " columns");
                }
            }
        }
    }

    /** A table column: header and relative width. */
    record Column(String header, double weight) {
        public Column {
            Objects.requireNonNull(header, "header");
            if (!(weight > 0)) {
                throw new IllegalArgumentException("column weight must be positive");
            }
        }
    }

    /**
     * A table row.
     *
     * @param cells  one per column
     * @param anchor when present, the row is a link target and gets a bookmark with {@link Anchor#bookmark()}
     */
    record Row(List<Cell> cells, Optional<Anchor> anchor) {
        public Row {
            cells = List.copyOf(cells);
            Objects.requireNonNull(anchor, "anchor");
        }

        public static Row of(Cell... cells) {
            return new Row(List.of(cells), Optional.empty());
        }
    }

    /** A link target with the bookmark title shown in the PDF outline. */
    record Anchor(String id, String bookmark) {
        public Anchor {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(bookmark, "bookmark");
        }
    }

    /**
     * A piece of text in a table, list or fact line.
     *
     * @param text  the text
     * @param tone  emphasis
     * @param link  when present, the anchor this text links to
     */
    record Cell(String text, Tone tone, Optional<String> link) {
        public Cell {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(tone, "tone");
            Objects.requireNonNull(link, "link");
        }

        public static Cell of(String text) {
            return new Cell(text, Tone.NEUTRAL, Optional.empty());
        }

        public static Cell of(String text, Tone tone) {
            return new Cell(text, tone, Optional.empty());
        }

        public static Cell link(String text, String anchor) {
            return new Cell(text, Tone.NEUTRAL, Optional.of(anchor));
        }
    }

    /**
     * One finding, laid out as a card.
     *
     * @param anchor     link target of the card (the index links here)
     * @param key        rule id @ element id
     * @param title      the rule's title
     * @param severity   severity in words
     * @param tone       severity tone, or muted once triaged
     * @param facts      label/value lines: element, kind, STRIDE, rule, strategies, references, status
     * @param message    what is wrong
     * @param evidence   the facts that made it fire
     * @param mitigation what to do
     * @param artefacts  the configuration that implements the mitigation
     * @param triage     the triage status with its justification; empty when open and undecided
     */
    record FindingCard(String anchor, String key, String title, String severity, Tone tone, List<Cell> facts,
            String message, List<String> evidence, String mitigation, List<String> artefacts, String triage)
            implements Block {
        public FindingCard {
            Objects.requireNonNull(anchor, "anchor");
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(severity, "severity");
            Objects.requireNonNull(tone, "tone");
            facts = List.copyOf(facts);
            Objects.requireNonNull(message, "message");
            evidence = List.copyOf(evidence);
            Objects.requireNonNull(mitigation, "mitigation");
            artefacts = List.copyOf(artefacts);
            Objects.requireNonNull(triage, "triage");
        }
    }

    /** An architecture diagram; always drawn whole on one page of its own. */
    record Diagram(DiagramView view) implements Block {
        public Diagram {
            Objects.requireNonNull(view, "view");
        }
    }
}
