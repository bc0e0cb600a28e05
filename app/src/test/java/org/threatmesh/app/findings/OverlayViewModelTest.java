package org.threatmesh.app.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.threatmesh.app.analysis.LiveAnalysis;
import org.threatmesh.app.canvas.CanvasViewModel;
import org.threatmesh.app.editing.EditingSession;
import org.threatmesh.app.testing.Fixtures;
import org.threatmesh.app.ui.UiExecutors;
import org.threatmesh.model.EdgeId;
import org.threatmesh.model.NodeId;
import org.threatmesh.model.TriageStatus;
import org.threatmesh.model.attr.EdgeAttributes;
import org.threatmesh.model.attr.TlsMode;
import org.threatmesh.model.edit.SetAttributeCommand;
import org.threatmesh.rules.Severity;
import org.threatmesh.rules.engine.Analyzer;

class OverlayViewModelTest {

    private final EditingSession session = new EditingSession(FindingsViewModelTest.brokenCall());
    private final CanvasViewModel canvas = Fixtures.canvas(session);
    private final LiveAnalysis analysis = new LiveAnalysis(session, Analyzer.withBuiltInRules(), UiExecutors.direct());
    private final FindingsViewModel findings = new FindingsViewModel(analysis, session, canvas, Clock.systemUTC(), "me");
    private final OverlayViewModel overlay = new OverlayViewModel(analysis, findings);

    @Test
    void badgesCountOpenFindingsWithTheWorstSeverity() {
        // e-ab: the plaintext east-west violation (high) and its needs-review aggregate.
        assertThat(overlay.badges().get(EdgeId.of("e-ab"))).isEqualTo(new Badge(2, Severity.HIGH));
        assertThat(overlay.badges().get(EdgeId.of("e-ab")).text()).isEqualTo("2 high");
        assertThat(overlay.badges()).containsKeys(NodeId.of("n-a"), NodeId.of("n-b"), NodeId.of("n-gw"));
    }

    @Test
    void fixingTheCallDropsItsViolationFromTheBadge() {
        session.execute(SetAttributeCommand.of(EdgeId.of("e-ab"), EdgeAttributes.TLS, TlsMode.MTLS));

        assertThat(overlay.badges().get(EdgeId.of("e-ab")).count()).isEqualTo(1);
        assertThat(overlay.badges().get(EdgeId.of("e-ab")).worst()).isNotEqualTo(Severity.HIGH);
    }

    @Test
    void triagedFindingsLeaveTheBadgeAndTheFilterNarrowsIt() {
        var violation = analysis.result().orElseThrow().findingFor(FindingsViewModelTest.EAST_WEST).orElseThrow();
        findings.triage(List.of(violation), TriageStatus.MITIGATED, "mesh enforces mTLS", Optional.empty());
        assertThat(overlay.badges().get(EdgeId.of("e-ab")).count()).isEqualTo(1);

        findings.filterProperty().set(FindingFilter.ALL.withSeverities(Set.of(Severity.HIGH)));
        assertThat(overlay.badges()).doesNotContainKey(EdgeId.of("e-ab"));
        assertThat(overlay.dimsOthers()).isTrue();

        findings.filterProperty().set(FindingFilter.ALL);
        assertThat(overlay.dimmingProperty().get()).isFalse();
    }

    @Test
    void selectingAnElementKeepsTheOtherBadges() {
        int before = overlay.badges().size();
        canvas.select(NodeId.of("n-a"));
        assertThat(overlay.badges()).hasSize(before);
    }

    @Test
    void aSmallIncrementalChangeIsPatchedOnTheUiThreadAndAFullOneInTheBackground() {
        java.util.Deque<Runnable> background = new java.util.ArrayDeque<>();
        java.util.Deque<Runnable> ui = new java.util.ArrayDeque<>();
        EditingSession queued = new EditingSession(FindingsViewModelTest.brokenCall());
        LiveAnalysis live = new LiveAnalysis(queued, Analyzer.withBuiltInRules(), new UiExecutors(background::add,
                ui::add));
        FindingsViewModel table = new FindingsViewModel(live, queued, Fixtures.canvas(queued), Clock.systemUTC(), "me");
        OverlayViewModel badges = new OverlayViewModel(live, table);
        background.poll().run();
        ui.poll().run();
        // The first result is a full run: table and badges are derived in the background.
        assertThat(badges.badges()).isEmpty();
        assertThat(background).hasSize(2);
        while (!background.isEmpty()) {
            background.poll().run();
        }
        while (!ui.isEmpty()) {
            ui.poll().run();
        }
        assertThat(badges.badges().get(EdgeId.of("e-ab"))).isEqualTo(new Badge(2, Severity.HIGH));

        queued.execute(SetAttributeCommand.of(EdgeId.of("e-ab"), EdgeAttributes.TLS, TlsMode.MTLS));
        background.poll().run();
        ui.poll().run();

        // One call changed: its badge is already patched; only the table's derivation waits for a worker.
        assertThat(badges.badges().get(EdgeId.of("e-ab"))).isEqualTo(new Badge(1, Severity.MEDIUM));
        assertThat(background).hasSize(1);
        assertThat(ui).isEmpty();
    }
}
