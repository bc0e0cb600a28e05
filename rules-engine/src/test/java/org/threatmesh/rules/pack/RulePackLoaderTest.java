package org.threatmesh.rules.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.rules.Finding;
import org.threatmesh.rules.builtin.BuiltInRules;
import org.threatmesh.rules.engine.AnalysisResult;
import org.threatmesh.rules.engine.Analyzer;
import org.threatmesh.rules.testing.Fixtures;

class RulePackLoaderTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);
    private static final RulePackLoader LOADER = new RulePackLoader(BuiltInRules.all());

    private static String examplePack() throws Exception {
        try (InputStream in = RulePackLoader.class.getResourceAsStream("example-pack.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static ThreatModel model(String fixture) throws Exception {
        return Fixtures.model(new ObjectMapper().readTree(fixture.replace('\'', '"')), "pack-test");
    }

    private static String rule(String id, String target, String condition) {
        return "rules:\n  - id: " + id + "\n    title: T\n    rationale: R.\n    remediation: Do it.\n"
                + "    severity: low\n    severityReason: why\n    stride: [T]\n    strategies: [MS-SS-4]\n"
                + "    references: [MS-SS-4#2]\n    target: " + target + "\n"
                + (target.equals("node") ? "    kinds: [service]\n" : "") + "    artefacts: [x]\n"
                + "    condition: '" + condition + "'\n";
    }

    @Test
    void examplePackLoadsAndFiresOnItsTargets() throws Exception {
        RulePack pack = LOADER.load(examplePack(), "example-pack.yaml");
        assertThat(pack.name()).isEqualTo("acme-platform-policies");
        ThreatModel model = model("{'zones': {'z-internet': {'kind': 'internet'}},"
                + "'nodes': {'client': {'kind': 'external_client', 'zone': 'z-internet'},"
                + " 'web': {'kind': 'service', 'replicas': 1}, 'pay': {'kind': 'service', 'dataSensitivity': 'highly_sensitive'},"
                + " 'orders': {'kind': 'service'}, 'db': {'kind': 'datastore'}, 'quiet': {'kind': 'service', 'replicas': 3}},"
                + "'edges': {'e-in': {'from': 'client', 'to': 'web'}, 'e-web-pay': {'from': 'web', 'to': 'pay', 'tls': 'tls'},"
                + " 'e-web-db': {'from': 'web', 'to': 'db'}, 'e-orders-db': {'from': 'orders', 'to': 'db'},"
                + " 'e-client-quiet': {'from': 'client', 'to': 'quiet'}}}");
        AnalysisResult result = new Analyzer(pack.rules(), CLOCK).analyze(model);
        assertThat(result.findings()).extracting(Finding::key).containsExactlyInAnyOrder(
                "acme-payment-calls-need-mtls@e-web-pay", "acme-public-services-run-two-replicas@web",
                "acme-no-datastore-without-owner@db", "needs-review@e-in", "needs-review@e-client-quiet");
        assertThat(result.findingFor("acme-payment-calls-need-mtls@e-web-pay").orElseThrow().message())
                .isEqualTo("web → pay carries card data without mTLS");
        assertThat(result.findingFor("needs-review@e-in").orElseThrow().evidence().get(0).fact()).isEqualTo("dataSensitivity");
    }

    @Test
    void unknownAttributeGivesNeedsReviewNamingIt() throws Exception {
        RulePack pack = LOADER.load(rule("team-replicas", "node", "node.attributes.replicas < 2"), "p.yaml");
        AnalysisResult result = new Analyzer(pack.rules(), CLOCK).analyze(model("{'nodes': {'s': {'kind': 'service'}}}"));
        assertThat(result.findings()).extracting(Finding::key).containsExactly("needs-review@s");
        assertThat(result.findings().get(0).message()).endsWith("fill in s.replicas");
    }

    @Test
    void refusesTypeErrorsNamingFileRuleAndPosition() {
        RulePackException e = catchThrowableOfType(RulePackException.class,
                () -> LOADER.load(rule("team-bad", "node", "size(node.kind) == \"two\""), "team.yaml"));
        assertThat(e.problems()).singleElement().asString()
                .startsWith("team.yaml:14:16: rule 'team-bad': condition does not compile:")
                .contains("found no matching overload");
    }

    @Test
    void refusesNonBooleanConditionsSyntaxErrorsAndWrongVariables() {
        assertThatThrownBy(() -> LOADER.load(rule("team-a", "node", "\"text\""), "a.yaml"))
                .hasMessageContaining("rule 'team-a': condition does not compile");
        assertThatThrownBy(() -> LOADER.load(rule("team-b", "edge", "edge.attributes.tls ==== 1"), "b.yaml"))
                .hasMessageStartingWith("b.yaml:13:16:").hasMessageContaining("rule 'team-b'");
        assertThatThrownBy(() -> LOADER.load(rule("team-c", "edge", "node.kind == \"service\""), "c.yaml"))
                .hasMessageContaining("undeclared reference to 'node'");
    }

    @Test
    void refusesTheWholePackOnOneBadRuleAndShadowedIds() {
        String pack = rule("team-ok", "node", "node.kind == \"service\"")
                + rule("east-west-without-mtls", "edge", "true").replace("rules:\n", "");
        RulePackException e = catchThrowableOfType(RulePackException.class, () -> LOADER.load(pack, "mix.yaml"));
        assertThat(e.problems()).singleElement().asString()
                .isEqualTo("mix.yaml:15:5: rule 'east-west-without-mtls': id 'east-west-without-mtls' is a built-in "
                        + "rule id; a pack cannot shadow it");
    }

    @Test
    void refusesIncompleteMetadataAndUnknownFields() {
        String pack = "rules:\n  - id: team-x\n    target: node\n    kinds: [servce]\n    colour: red\n"
                + "    condition: 'true'\n";
        RulePackException e = catchThrowableOfType(RulePackException.class, () -> LOADER.load(pack, "x.yaml"));
        assertThat(e.problems()).contains("x.yaml:5:13: rule 'team-x': unknown field 'colour'",
                "x.yaml:4:12: rule 'team-x': unknown node kind 'servce'",
                "x.yaml:2:5: rule 'team-x': severity must be low, medium, high or critical");
    }

    @Test
    void evaluationCostIsBounded() throws Exception {
        String big = "[" + "0,".repeat(1_500) + "0]";
        RulePack pack = LOADER.load(rule("team-loop", "node", big + ".all(x, x == 0)"), "loop.yaml");
        AnalysisResult result = new Analyzer(pack.rules(), CLOCK).analyze(model("{'nodes': {'s': {'kind': 'service'}}}"));
        assertThat(result.findings()).extracting(Finding::key).containsExactly("needs-review@s");
        assertThat(result.findings().get(0).evidence().get(0).fact()).contains("pack rule team-loop could not be evaluated");
    }

    @Test
    void packRulesAreNotBuiltIns() {
        assertThat(BuiltInRules.all()).noneMatch(rule -> rule.getClass().getPackageName().endsWith(".pack"));
        assertThat(List.of(CelCondition.MAX_ITERATIONS)).containsExactly(1_000);
    }
}
