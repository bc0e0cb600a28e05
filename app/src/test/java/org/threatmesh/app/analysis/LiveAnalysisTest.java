package org.threatmesh.app.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.threatmesh.app.editing.EditingSession;
import org.threatmesh.app.testing.Fixtures;
import org.threatmesh.app.ui.UiExecutors;
import org.threatmesh.model.Edge;
import org.threatmesh.model.EdgeId;
import org.threatmesh.model.NodeId;
import org.threatmesh.model.attr.EdgeAttributes;
import org.threatmesh.model.attr.TlsMode;
import org.threatmesh.model.edit.ConnectCommand;
import org.threatmesh.model.edit.SetAttributeCommand;
import org.threatmesh.rules.Finding;
import org.threatmesh.rules.Severity;
import org.threatmesh.rules.engine.Analyzer;

class LiveAnalysisTest {

    private static final EdgeId CALL = EdgeId.of("e-ab");

    @Test
    void anEditIsReanalysedAndTheFindingAppearsAndGoes() {
        EditingSession session = new EditingSession(Fixtures.small());
        LiveAnalysis analysis = new LiveAnalysis(session, Analyzer.withBuiltInRules(), UiExecutors.direct());
        session.execute(new ConnectCommand(Edge.of(CALL, NodeId.of("n-a"), NodeId.of("n-b"))
                .with(EdgeAttributes.TLS, TlsMode.NONE)));

        assertThat(analysis.isCurrent()).isTrue();
        assertThat(keysOn(analysis)).contains("east-west-without-mtls@e-ab");

        session.execute(SetAttributeCommand.of(CALL, EdgeAttributes.TLS, TlsMode.MTLS));

        assertThat(keysOn(analysis)).doesNotContain("east-west-without-mtls@e-ab");
        assertThat(analysis.runningProperty().get()).isFalse();
        assertThat(analysis.completedAnalyses()).isEqualTo(3);
    }

    @Test
    void openCountsAfterEachIncrementalRunEqualACountOverEveryFinding() {
        EditingSession session = new EditingSession(org.threatmesh.model.testing.ModelGenerator.generate(40, 7));
        LiveAnalysis analysis = new LiveAnalysis(session, Analyzer.withBuiltInRules(), UiExecutors.direct());
        java.util.List<Edge> calls = java.util.List.copyOf(session.current().edges().values());
        for (int i = 0; i < 12; i++) {
            Edge call = calls.get(i * 7 % calls.size());
            TlsMode next = call.get(EdgeAttributes.TLS).is(TlsMode.MTLS) ? TlsMode.NONE : TlsMode.MTLS;
            session.execute(SetAttributeCommand.of(call.id(), EdgeAttributes.TLS, next));

            assertThat(analysis.openCountsProperty().get()).as("after edit %d", i)
                    .isEqualTo(LiveAnalysis.countOpen(analysis.result().orElseThrow()));
        }
        assertThat(analysis.openCountsProperty().get().values().stream().mapToInt(Integer::intValue).sum())
                .isPositive();
    }

    @Test
    void snapshotsArrivingDuringARunAreCoalescedIntoOneFollowUp() {
        QueuedExecutor background = new QueuedExecutor();
        EditingSession session = new EditingSession(Fixtures.small());
        LiveAnalysis analysis = new LiveAnalysis(session, Analyzer.withBuiltInRules(),
                new UiExecutors(background, Runnable::run));
        assertThat(analysis.runningProperty().get()).isTrue();
        session.execute(new ConnectCommand(Edge.of(CALL, NodeId.of("n-a"), NodeId.of("n-b"))));
        session.execute(SetAttributeCommand.of(CALL, EdgeAttributes.TLS, TlsMode.TLS));
        session.execute(SetAttributeCommand.of(CALL, EdgeAttributes.TLS, TlsMode.NONE));

        background.runAll();

        assertThat(analysis.completedAnalyses()).isEqualTo(2);
        assertThat(analysis.isCurrent()).isTrue();
        assertThat(analysis.runningProperty().get()).isFalse();
        assertThat(analysis.result().orElseThrow().findingFor("east-west-without-mtls@e-ab").orElseThrow()
                .evidence().get(0).value()).isEqualTo("none");
    }

    @Test
    void countsOpenFindingsBySeverityMostSevereFirst() {
        EditingSession session = new EditingSession(Fixtures.sample());
        LiveAnalysis analysis = new LiveAnalysis(session, Analyzer.withBuiltInRules(), UiExecutors.direct());
        var result = analysis.result().orElseThrow();
        long high = result.openFindings().stream().filter(f -> f.severity() == Severity.HIGH).count();

        assertThat(analysis.openCountsProperty().get().get(Severity.HIGH)).isEqualTo((int) high);
        assertThat(LiveAnalysis.describe(analysis.openCountsProperty().get()))
                .matches("\\d+ critical · \\d+ high · \\d+ medium · \\d+ low");
    }

    private static List<String> keysOn(LiveAnalysis analysis) {
        return analysis.result().orElseThrow().findings().stream().map(Finding::key).toList();
    }

    /** Holds background work until the test releases it, like a busy worker pool. */
    private static final class QueuedExecutor implements Executor {
        private final List<Runnable> queue = new ArrayList<>();

        @Override
        public void execute(Runnable command) {
            queue.add(command);
        }

        void runAll() {
            while (!queue.isEmpty()) {
                queue.remove(0).run();
            }
        }
    }
}
