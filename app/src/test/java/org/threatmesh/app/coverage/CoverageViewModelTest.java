package org.threatmesh.app.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.threatmesh.app.analysis.LiveAnalysis;
import org.threatmesh.app.editing.EditingSession;
import org.threatmesh.app.testing.Fixtures;
import org.threatmesh.app.ui.UiExecutors;
import org.threatmesh.model.Edge;
import org.threatmesh.model.EdgeId;
import org.threatmesh.model.NodeId;
import org.threatmesh.model.attr.EdgeAttributes;
import org.threatmesh.model.attr.TlsMode;
import org.threatmesh.model.edit.SetAttributeCommand;
import org.threatmesh.rules.Strategy;
import org.threatmesh.rules.engine.Analyzer;
import org.threatmesh.rules.engine.CoverageStatus;

class CoverageViewModelTest {

    private final EditingSession session = new EditingSession(Fixtures.small().withEdge(
            Edge.of(EdgeId.of("e-ab"), NodeId.of("n-a"), NodeId.of("n-b")).with(EdgeAttributes.TLS, TlsMode.NONE)));
    private final LiveAnalysis analysis = new LiveAnalysis(session, Analyzer.withBuiltInRules(), UiExecutors.direct());
    private final List<Strategy> drilled = new ArrayList<>();
    private final CoverageViewModel coverage = new CoverageViewModel(analysis, drilled::add);

    @Test
    void oneRowPerStrategyWithTheModelStatusAndElementCounts() {
        assertThat(coverage.rows()).extracting(CoverageViewModel.Row::strategy).containsExactly(Strategy.values());
        CoverageViewModel.Row transport = row(Strategy.MS_SS_4);
        assertThat(transport.modelStatus()).isEqualTo(CoverageStatus.VIOLATED);
        assertThat(transport.elements().get(CoverageStatus.VIOLATED)).isEqualTo(1);
        int elements = analysis.result().orElseThrow().coverage().byElement().size();
        assertThat(transport.elements().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(elements);
    }

    @Test
    void followsEditsAndDrillsDownToTheStrategy() {
        session.execute(SetAttributeCommand.of(EdgeId.of("e-ab"), EdgeAttributes.TLS, TlsMode.MTLS));
        assertThat(row(Strategy.MS_SS_4).elements().get(CoverageStatus.VIOLATED)).isZero();

        coverage.drillDown(Strategy.MS_SS_4);
        assertThat(drilled).containsExactly(Strategy.MS_SS_4);
    }

    private CoverageViewModel.Row row(Strategy strategy) {
        return coverage.rows().stream().filter(r -> r.strategy() == strategy).findFirst().orElseThrow();
    }
}
