package org.threatmesh.export.pdf;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.threatmesh.export.report.ReportInput;
import org.threatmesh.export.report.ReportOptions;
import org.threatmesh.export.report.TestAnalysis;
import org.threatmesh.model.ThreatModel;

/** Inputs shared by the rendering tests. */
final class ReportFixtures {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-14T09:30:00Z"), ZoneOffset.UTC);

    private ReportFixtures() {
    }

    static ReportInput input(ThreatModel model) {
        return new ReportInput(model, TestAnalysis.findings(model), TestAnalysis.RULES, CLOCK,
                ReportOptions.defaults().withAuthor("Security review board"));
    }
}
