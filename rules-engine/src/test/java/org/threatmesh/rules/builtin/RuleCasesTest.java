package org.threatmesh.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.rules.Finding;
import org.threatmesh.rules.Rule;
import org.threatmesh.rules.engine.Analyzer;
import org.threatmesh.rules.testing.Fixtures;
import org.threatmesh.rules.testing.RuleCase;

/** Runs every data-driven case folder: the rule alone on the case's model must give exactly the expected keys. */
class RuleCasesTest {

    static final Clock FIXED = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);

    static Stream<RuleCase> cases() {
        return RuleCase.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void ruleGivesExactlyTheExpectedFindingKeys(RuleCase ruleCase) throws Exception {
        Rule rule = BuiltInRules.all().stream().filter(r -> r.metadata().id().equals(ruleCase.ruleId())).findFirst()
                .orElseThrow(() -> new AssertionError("case folder " + ruleCase.ruleId() + " names no built-in rule"));
        ThreatModel model = Fixtures.model(ruleCase.model(), ruleCase.toString());
        List<Finding> findings = new Analyzer(List.of(rule), FIXED).analyze(model).findings();
        TreeSet<String> keys = new TreeSet<>(findings.stream().map(Finding::key).toList());
        assertThat(keys).as(ruleCase.description()).containsExactlyElementsOf(ruleCase.expected());
    }
}
