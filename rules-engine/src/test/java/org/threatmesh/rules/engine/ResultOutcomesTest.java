package org.threatmesh.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.threatmesh.model.Edge;
import org.threatmesh.model.ModelId;
import org.threatmesh.model.Node;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.TrustZone;
import org.threatmesh.model.testing.ModelGenerator;
import org.threatmesh.rules.AnalysisContext;
import org.threatmesh.rules.EdgeRule;
import org.threatmesh.rules.ModelRule;
import org.threatmesh.rules.NodeRule;
import org.threatmesh.rules.Outcome;
import org.threatmesh.rules.Rule;
import org.threatmesh.rules.ZoneRule;

/**
 * A result keeps a code per outcome and rebuilds firing and unknown outcomes from its findings; what it answers must
 * equal what each rule returns when asked on its own.
 */
class ResultOutcomesTest {

    @Test
    void everyOutcomeOfAResultEqualsTheRulesOwnAndListsItsUnknownFactsSortedOnce() {
        ThreatModel model = ModelGenerator.generate(120, 11, 0.5);
        Analyzer analyzer = Analyzer.withBuiltInRules();
        AnalysisResult result = analyzer.analyze(model);
        AnalysisContext context = new AnalysisContext(model);
        int fired = 0;
        int unknown = 0;
        List<String> differing = new ArrayList<>();
        for (Rule rule : analyzer.rules()) {
            String id = rule.metadata().id();
            for (Node node : model.nodes().values()) {
                if (rule instanceof NodeRule nodeRule && rule.metadata().targets().nodeKinds().contains(node.kind())) {
                    compare(id + "@" + node.id().value(), nodeRule.evaluate(node, context),
                            result.outcome(id, node.id()), differing);
                }
            }
            if (rule instanceof EdgeRule edgeRule) {
                for (Edge edge : model.edges().values()) {
                    compare(id + "@" + edge.id().value(), edgeRule.evaluate(edge, context),
                            result.outcome(id, edge.id()), differing);
                }
            }
            if (rule instanceof ZoneRule zoneRule) {
                for (TrustZone zone : model.zones().values()) {
                    compare(id + "@" + zone.id().value(), zoneRule.evaluate(zone, context),
                            result.outcome(id, zone.id()), differing);
                }
            }
            if (rule instanceof ModelRule modelRule) {
                compare(id + "@model", modelRule.evaluate(context), result.outcome(id, ModelId.MODEL), differing);
            }
        }
        for (var finding : result.findings()) {
            Optional<Outcome> outcome = result.outcome(finding.ruleId(), finding.element());
            if (outcome.isPresent() && outcome.get() instanceof Outcome.Fire) {
                fired++;
            }
        }
        for (Node node : model.nodes().values()) {
            for (Rule rule : analyzer.rules()) {
                Optional<Outcome> outcome = result.outcome(rule.metadata().id(), node.id());
                if (outcome.isPresent() && outcome.get() instanceof Outcome.Unknown blocked) {
                    unknown++;
                    assertThat(blocked.unknowns()).isSorted().doesNotHaveDuplicates();
                }
            }
        }

        assertThat(differing).isEmpty();
        assertThat(fired).as("firing outcomes compared").isGreaterThan(100);
        assertThat(unknown).as("unknown outcomes compared").isGreaterThan(100);
    }

    private static void compare(String key, Outcome own, Optional<Outcome> answered, List<String> differing) {
        if (answered.isEmpty() || !answered.get().equals(own)) {
            differing.add(key + ": rule gave " + own + ", result gave " + answered);
        }
    }
}
