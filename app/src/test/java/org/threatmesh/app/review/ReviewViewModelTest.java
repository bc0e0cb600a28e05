package org.threatmesh.app.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.threatmesh.app.analysis.LiveAnalysis;
import org.threatmesh.app.canvas.CanvasViewModel;
import org.threatmesh.app.editing.EditingSession;
import org.threatmesh.app.findings.FindingsViewModel;
import org.threatmesh.app.testing.Fixtures;
import org.threatmesh.app.ui.UiExecutors;
import org.threatmesh.model.NodeId;
import org.threatmesh.model.TriageStatus;
import org.threatmesh.rules.Finding;
import org.threatmesh.rules.Severity;
import org.threatmesh.rules.engine.Analyzer;

class ReviewViewModelTest {

    private final EditingSession session = new EditingSession(Fixtures.sample());
    private final CanvasViewModel canvas = Fixtures.canvas(session);
    private final LiveAnalysis analysis = new LiveAnalysis(session, Analyzer.withBuiltInRules(), UiExecutors.direct());
    private final FindingsViewModel findings = new FindingsViewModel(analysis, session, canvas, Clock.systemUTC(), "me");
    private final ReviewViewModel review = new ReviewViewModel(analysis, findings);

    /** The sample's open high and critical findings: 1 critical and 16 high, less 3 that carry triage decisions. */
    private static final int OPEN_HIGH_OR_CRITICAL = 14;

    @Test
    void queuesOpenHighAndCriticalMostSevereFirstAndRevealsEach() {
        assertThat(review.start(true)).isEqualTo(OPEN_HIGH_OR_CRITICAL);

        Finding first = review.currentProperty().get().orElseThrow();
        assertThat(first.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(first.element()).isEqualTo(NodeId.of("n-orders-db"));
        assertThat(canvas.selection().snapshot()).containsExactly(first.element());
        assertThat(review.progress()).isEqualTo("1 of " + OPEN_HIGH_OR_CRITICAL);
        assertThat(review.queue()).allMatch(key -> analysis.result().orElseThrow().findingFor(key).orElseThrow()
                .severity().isAtLeast(Severity.HIGH));
    }

    @Test
    void stepsForwardAndBackWithinTheQueue() {
        review.start(true);
        assertThat(review.previous()).isFalse();
        for (int i = 1; i < OPEN_HIGH_OR_CRITICAL; i++) {
            assertThat(review.next()).isTrue();
        }
        assertThat(review.next()).isFalse();
        assertThat(review.progress()).isEqualTo(OPEN_HIGH_OR_CRITICAL + " of " + OPEN_HIGH_OR_CRITICAL);
        assertThat(review.previous()).isTrue();
        assertThat(review.positionProperty().get()).isEqualTo(OPEN_HIGH_OR_CRITICAL - 2);
        assertThat(canvas.selection().snapshot())
                .containsExactly(review.currentProperty().get().orElseThrow().element());
    }

    @Test
    void triageIsRecordedAsMadeAndTheFindingKeepsItsPlace() {
        review.start(true);
        String key = review.currentKey().orElseThrow();

        assertThat(review.triage(TriageStatus.ACCEPTED_RISK, "agreed in review")).isTrue();

        assertThat(session.current().triage().get(key).status()).isEqualTo(TriageStatus.ACCEPTED_RISK);
        assertThat(review.currentKey()).contains(key);
        assertThat(review.currentStatus()).contains(TriageStatus.ACCEPTED_RISK);
        assertThat(review.queue()).hasSize(OPEN_HIGH_OR_CRITICAL);
    }

    @Test
    void everyOpenFindingWhenNotRestricted() {
        int all = review.start(false);
        assertThat(all).isEqualTo(analysis.result().orElseThrow().openFindings().size()).isGreaterThan(OPEN_HIGH_OR_CRITICAL);
    }
}
