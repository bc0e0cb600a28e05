package org.threatmesh.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.graph.TopologyGraph;
import org.threatmesh.model.testing.ModelGenerator;
import org.threatmesh.rules.AnalysisContext;
import org.threatmesh.rules.Finding;
import org.threatmesh.rules.engine.AnalysisResult;
import org.threatmesh.rules.engine.Analyzer;

/**
 * Messages built when read are kept by the result, and incremental analysis carries unchanged findings over to
 * later results: a message that held the analysis context would keep every earlier snapshot's indexes and graph
 * view alive for as long as the finding lives. The built-in rules resolve what their messages need first.
 */
class LazyMessagesTest {

    @Test
    void noBuiltInRuleMessageKeepsTheContextTheGraphOrTheSnapshot() throws Exception {
        ThreatModel model = ModelGenerator.generate(300, 42);
        Analyzer analyzer = Analyzer.withBuiltInRules();
        AnalysisResult result = analyzer.analyze(model);
        // A finding keeps the rule's message supplier as its message.
        Field message = Finding.class.getDeclaredField("message");
        message.setAccessible(true);
        int lazy = 0;
        List<String> holding = new ArrayList<>();
        for (Finding finding : result.findings()) {
            if (message.get(finding) instanceof Supplier<?> supplier) {
                lazy++;
                for (Field captured : supplier.getClass().getDeclaredFields()) {
                    captured.setAccessible(true);
                    Object value = captured.get(supplier);
                    if (value instanceof AnalysisContext || value instanceof TopologyGraph
                            || value instanceof ThreatModel) {
                        holding.add(finding.ruleId() + " holds a " + value.getClass().getSimpleName());
                    }
                }
            }
        }
        assertThat(lazy).as("messages built when read").isGreaterThan(1_000);
        assertThat(holding).isEmpty();
    }
}
