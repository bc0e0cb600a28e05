package org.threatmesh.app.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.threatmesh.model.EdgeId;
import org.threatmesh.model.ElementId;
import org.threatmesh.model.NodeId;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.attr.EdgeAttributes;
import org.threatmesh.model.attr.TlsMode;
import org.threatmesh.model.attr.WorkloadAttributes;
import org.threatmesh.rules.engine.AnalysisResult;
import org.threatmesh.rules.engine.Analyzer;

class ChangeScopeTest {

    private final Analyzer analyzer = Analyzer.withBuiltInRules();
    private final ThreatModel broken = FindingsViewModelTest.brokenCall();
    private final AnalysisResult first = analyzer.analyze(broken);
    private final ThreatModel fixed =
            broken.withEdge(broken.edges().get(EdgeId.of("e-ab")).with(EdgeAttributes.TLS, TlsMode.MTLS));
    private final AnalysisResult second = analyzer.reanalyze(first, fixed);
    private final ChangeScope scope = new ChangeScope();

    @Test
    void theFirstResultCoversEverythingAndLaterOnesOnlyWhatChanged() {
        assertThat(scope.advanceTo(first)).isEmpty();
        scope.applied();

        assertThat(scope.advanceTo(second)).contains(Set.of(EdgeId.of("e-ab")));
    }

    @Test
    void changesAccumulateUntilApplied() {
        scope.advanceTo(first);
        scope.applied();
        scope.advanceTo(second);
        AnalysisResult third = analyzer.reanalyze(second, fixed.withNode(fixed.nodes().get(NodeId.of("n-a"))
                .with(WorkloadAttributes.AUTHZ_FAIL_OPEN, Boolean.TRUE)));
        Set<ElementId> thirdOnly = third.changedSince(second).orElseThrow();

        Set<ElementId> accumulated = scope.advanceTo(third).orElseThrow();

        assertThat(thirdOnly).doesNotContain(EdgeId.of("e-ab"));
        assertThat(accumulated).contains(EdgeId.of("e-ab")).containsAll(thirdOnly);
        assertThat(accumulated).hasSize(thirdOnly.size() + 1);
        scope.applied();
        assertThat(scope.advanceTo(third)).contains(Set.of());
    }

    @Test
    void aFullRunOrNewCriteriaCoverEverything() {
        scope.advanceTo(first);
        scope.applied();
        assertThat(scope.advanceTo(analyzer.analyze(fixed))).isEmpty();

        scope.applied();
        scope.invalidateAll();
        assertThat(scope.advanceTo(analyzer.analyze(fixed))).isEmpty();
    }
}
