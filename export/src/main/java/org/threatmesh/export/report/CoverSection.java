package org.threatmesh.export.report;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.threatmesh.export.report.Block.Cell;
import org.threatmesh.model.ModelInfo;

/** The cover: what was assessed, when, by whom, and the one-line verdict. */
final class CoverSection {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private CoverSection() {
    }

    static Section build(ReportContext context) {
        ModelInfo info = context.model().info();
        List<Cell> facts = new ArrayList<>();
        facts.add(Cell.of("Model version: " + (info.version().isBlank() ? "not versioned" : info.version())));
        facts.add(Cell.of("Report date: " + DATE.format(context.today())));
        facts.add(Cell.of("Author: " + (context.author().isBlank() ? "not stated" : context.author())));
        facts.add(Cell.of("Assessed against: NIST SP 800-204 (MS-SS-1 to MS-SS-13) and SP 800-204A/B"));
        Block.Cover cover = new Block.Cover(info.name(), "Threat model report", facts, rating(context),
                context.worstOpen().map(Tone::of).orElse(Tone.PASS), info.description());
        return new Section(Section.COVER, "Cover", List.of(cover));
    }

    /** The overall risk rating: the worst open violation decides it, because one critical gap is enough. */
    static String rating(ReportContext context) {
        return context.worstOpen()
                .map(worst -> "Overall risk: " + Wording.severity(worst) + " — " + Wording.count(
                        (int) context.openViolations().stream().filter(f -> f.severity() == worst).count(),
                        "open " + Wording.severity(worst).toLowerCase(Locale.ROOT) + " violation",
                        "open " + Wording.severity(worst).toLowerCase(Locale.ROOT) + " violations"))
                .orElse("Overall risk: Low — no open violations");
    }

}
