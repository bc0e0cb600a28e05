package org.threatmesh.app.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.threatmesh.app.analysis.LiveAnalysis;
import org.threatmesh.app.canvas.CanvasViewModel;
import org.threatmesh.app.editing.EditingSession;
import org.threatmesh.app.testing.Fixtures;
import org.threatmesh.app.ui.UiExecutors;
import org.threatmesh.model.Edge;
import org.threatmesh.model.EdgeId;
import org.threatmesh.model.NodeId;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.TriageStatus;
import org.threatmesh.model.attr.EdgeAttributes;
import org.threatmesh.model.attr.TlsMode;
import org.threatmesh.rules.Finding;
import org.threatmesh.rules.Severity;
import org.threatmesh.rules.Strategy;
import org.threatmesh.rules.Stride;
import org.threatmesh.rules.engine.Analyzer;

class FindingsViewModelTest {

    static final String EAST_WEST = "east-west-without-mtls@e-ab";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC);

    private EditingSession session;
    private CanvasViewModel canvas;
    private FindingsViewModel findings;

    /** The small fixture plus a plaintext call from service A to service B. */
    static ThreatModel brokenCall() {
        ThreatModel model = Fixtures.small();
        return model.withEdge(Edge.of(EdgeId.of("e-ab"), NodeId.of("n-a"), NodeId.of("n-b"))
                .with(EdgeAttributes.TLS, TlsMode.NONE));
    }

    @BeforeEach
    void open() {
        session = new EditingSession(brokenCall());
        canvas = Fixtures.canvas(session);
        LiveAnalysis analysis = new LiveAnalysis(session, Analyzer.withBuiltInRules(), UiExecutors.direct());
        findings = new FindingsViewModel(analysis, session, canvas, CLOCK, "reviewer");
    }

    @Test
    void listsEveryFindingInReportOrderUntilFiltered() {
        assertThat(keys()).containsExactly(EAST_WEST, "gateway-traffic-not-monitored@n-gw",
                "gateway-without-security-logs@n-gw", "needs-review@n-a", "needs-review@n-b", "needs-review@n-gw",
                "needs-review@e-ab", "needs-review@z-dmz", "needs-review@model", "no-east-west-intrusion-detection@model",
                "no-security-dashboard@model");
    }

    @Test
    void filtersBySeverityStrideStrategyStatusAndText() {
        findings.filterProperty().set(FindingFilter.ALL.withText("MTLS"));
        assertThat(keys()).containsExactly(EAST_WEST);

        findings.filterProperty().set(FindingFilter.ALL.withSeverities(Set.of(Severity.HIGH))
                .withStride(Set.of(Stride.S)).withStrategies(Set.of(Strategy.MS_SS_4)));
        assertThat(keys()).contains(EAST_WEST).allMatch(key -> find(key).severity() == Severity.HIGH);

        findings.filterProperty().set(FindingFilter.ALL.withStatuses(Set.of(TriageStatus.MITIGATED)));
        assertThat(keys()).isEmpty();
    }

    @Test
    void selectingOneElementNarrowsTheTableAndClearingRestoresIt() {
        int all = findings.rows().size();
        canvas.select(EdgeId.of("e-ab"));
        assertThat(findings.rows()).isNotEmpty().allMatch(f -> f.element().equals(EdgeId.of("e-ab")));
        assertThat(findings.filter().element()).contains(EdgeId.of("e-ab"));

        canvas.clearSelection();
        assertThat(findings.rows()).hasSize(all);
    }

    @Test
    void revealingARowSelectsItsElementButKeepsTheTable() {
        int all = findings.rows().size();
        findings.reveal(find(EAST_WEST));

        assertThat(canvas.selection().snapshot()).containsExactly(EdgeId.of("e-ab"));
        assertThat(findings.rows()).hasSize(all);
    }

    @Test
    void triageIsRecordedInTheModelAndUndoable() {
        assertThat(findings.triage(List.of(find(EAST_WEST)), TriageStatus.ACCEPTED_RISK, "internal lab only",
                Optional.of(LocalDate.of(2027, 1, 31)))).isTrue();

        var decision = session.current().triage().get(EAST_WEST);
        assertThat(decision.status()).isEqualTo(TriageStatus.ACCEPTED_RISK);
        assertThat(decision.justification()).isEqualTo("internal lab only");
        assertThat(decision.decidedBy()).isEqualTo("reviewer");
        assertThat(decision.expires()).contains(LocalDate.of(2027, 1, 31));
        assertThat(findings.effectiveStatus(find(EAST_WEST))).isEqualTo(TriageStatus.ACCEPTED_RISK);

        session.undo();
        assertThat(session.current().triage()).doesNotContainKey(EAST_WEST);
        assertThat(findings.effectiveStatus(find(EAST_WEST))).isEqualTo(TriageStatus.OPEN);
    }

    @Test
    void bulkTriageIsOneUndoStep() {
        List<Finding> all = List.copyOf(findings.rows());
        assertThat(all).hasSizeGreaterThan(1);
        findings.triage(all, TriageStatus.FALSE_POSITIVE, "modelled wrongly", Optional.empty());

        assertThat(session.current().triage()).hasSize(all.size());
        assertThat(session.history()).containsExactly("Mark " + all.size() + " findings false positive");
        findings.filterProperty().set(FindingFilter.ALL.withStatuses(Set.of(TriageStatus.OPEN)));
        assertThat(findings.rows()).isEmpty();
    }

    @Test
    void refusesADecisionWithoutJustificationOrWithAPastExpiry() {
        assertThat(findings.triage(List.of(find(EAST_WEST)), TriageStatus.MITIGATED, " ", Optional.empty()))
                .isFalse();
        assertThat(findings.messageProperty().get()).isEqualTo("A mitigated decision needs a justification.");
        assertThat(findings.triage(List.of(find(EAST_WEST)), TriageStatus.MITIGATED, "done",
                Optional.of(LocalDate.of(2026, 11, 27)))).isFalse();
        assertThat(findings.messageProperty().get()).isEqualTo("The expiry day must lie in the future.");
        assertThat(session.current().triage()).isEmpty();
    }

    private List<String> keys() {
        return findings.rows().stream().map(Finding::key).toList();
    }

    private Finding find(String key) {
        return findings.rows().stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
    }
}
