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

    @Test
    void queuesOpenHighAndCriticalMostSevereFirstAndRevealsEach() {
        assertThat(review.start(true)).isEqualTo(9);

        Finding first = review.currentProperty().get().orElseThrow();
        assertThat(first.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(first.element()).isEqualTo(NodeId.of("n-orders-db"));
        assertThat(canvas.selection().snapshot()).containsExactly(first.element());
        assertThat(review.progress()).isEqualTo("1 of 9");
        assertThat(review.queue()).allMatch(key -> analysis.result().orElseThrow().findingFor(key).orElseThrow()
                .severity().isAtLeast(Severity.HIGH));
    }

    @Test
    void stepsForwardAndBackWithinTheQueue() {
        review.start(true);
        assertThat(review.previous()).isFalse();
        for (int i = 1; i < 9; i++) {
            assertThat(review.next()).isTrue();
        }
        assertThat(review.next()).isFalse();
        assertThat(review.progress()).isEqualTo("9 of 9");
        assertThat(review.previous()).isTrue();
        assertThat(review.positionProperty().get()).isEqualTo(7);
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
        assertThat(review.queue()).hasSize(9);
    }

    @Test
    void everyOpenFindingWhenNotRestricted() {
        int all = review.start(false);
        assertThat(all).isEqualTo(analysis.result().orElseThrow().openFindings().size()).isGreaterThan(9);
    }
}
