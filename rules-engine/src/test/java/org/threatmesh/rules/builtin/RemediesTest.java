package org.threatmesh.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.threatmesh.model.EdgeId;
import org.threatmesh.model.ElementId;
import org.threatmesh.model.NodeId;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.ZoneId;
import org.threatmesh.model.attr.AttributeKey;
import org.threatmesh.model.attr.Attributes;
import org.threatmesh.rules.Finding;
import org.threatmesh.rules.Remedy;
import org.threatmesh.rules.Rule;
import org.threatmesh.rules.engine.Analyzer;
import org.threatmesh.rules.testing.Fixtures;
import org.threatmesh.rules.testing.RuleCase;

/**
 * Every remedy a built-in rule offers mitigates it: applied to each element the rule fires on in its firing case
 * folders, the rule's finding on that element is gone. A rule that offers a remedy must have a firing case.
 */
class RemediesTest {

    static Stream<Rule> rulesWithRemedies() {
        return BuiltInRules.all().stream().filter(rule -> rule.remedy().isPresent());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rulesWithRemedies")
    void applyingTheRemedyMakesEveryFindingOfTheRuleGo(Rule rule) throws Exception {
        String id = rule.metadata().id();
        List<RuleCase> firing = RuleCase.all().stream().filter(c -> c.ruleId().equals(id) && c.fires()).toList();
        assertThat(firing).as("firing cases of %s", id).isNotEmpty();
        Analyzer analyzer = new Analyzer(List.of(rule), RuleCasesTest.FIXED);
        Remedy remedy = rule.remedy().orElseThrow();
        for (RuleCase ruleCase : firing) {
            ThreatModel model = Fixtures.model(ruleCase.model(), ruleCase.toString());
            List<ElementId> fired = analyzer.analyze(model).findings().stream()
                    .filter(finding -> finding.ruleId().equals(id)).map(Finding::element).toList();
            assertThat(fired).as(ruleCase.toString()).isNotEmpty();
            ThreatModel remedied = model;
            for (ElementId element : fired) {
                remedied = apply(remedied, element, remedy);
            }
            assertThat(analyzer.analyze(remedied).findings()).as("%s after '%s'", ruleCase, remedy.label())
                    .noneMatch(finding -> finding.ruleId().equals(id));
        }
    }

    private static ThreatModel apply(ThreatModel model, ElementId element, Remedy remedy) {
        ThreatModel result = model;
        for (Remedy.Change<?> change : remedy.changes()) {
            result = set(result, element, change);
        }
        return result;
    }

    private static <T> ThreatModel set(ThreatModel model, ElementId element, Remedy.Change<T> change) {
        AttributeKey<T> key = change.key();
        if (element instanceof EdgeId edge) {
            var value = model.edges().get(edge);
            return model.withEdge(value.withAttributes(value.attributes().with(key, change.value())));
        }
        if (element instanceof NodeId node) {
            var value = model.nodes().get(node);
            return model.withNode(value.withAttributes(value.attributes().with(key, change.value())));
        }
        if (element instanceof ZoneId zone) {
            var value = model.zones().get(zone);
            return model.withZone(value.withAttributes(value.attributes().with(key, change.value())));
        }
        Attributes attributes = model.attributes().with(key, change.value());
        return model.withAttributes(attributes);
    }
}
