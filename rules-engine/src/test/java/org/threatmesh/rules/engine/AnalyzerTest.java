package org.threatmesh.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeId;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.TriageDecision;
import org.threatmesh.model.TriageStatus;
import org.threatmesh.rules.AnalysisContext;
import org.threatmesh.rules.Finding;
import org.threatmesh.rules.FindingKind;
import org.threatmesh.rules.NodeRule;
import org.threatmesh.rules.Outcome;
import org.threatmesh.rules.Reference;
import org.threatmesh.rules.RuleKind;
import org.threatmesh.rules.RuleMetadata;
import org.threatmesh.rules.Severity;
import org.threatmesh.rules.Strategy;
import org.threatmesh.rules.Stride;
import org.threatmesh.rules.Targets;
import org.threatmesh.rules.builtin.authn.SigningKeyInCodeRule;
import org.threatmesh.rules.builtin.discovery.SelfRegisteringServiceRule;
import org.threatmesh.rules.builtin.transport.ServiceExposedOutsideGatewayRule;
import org.threatmesh.rules.testing.Fixtures;

class AnalyzerTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ThreatModel model(String fixture) throws Exception {
        return Fixtures.model(JSON.readTree(fixture.replace('\'', '"')), "test");
    }

    private static final List<org.threatmesh.rules.Rule> THREE = List.of(new SigningKeyInCodeRule(),
            new SelfRegisteringServiceRule(), new ServiceExposedOutsideGatewayRule());

    @Test
    void foldsEveryUnknownOfAnElementIntoOneNeedsReviewFinding() throws Exception {
        ThreatModel model = model("{'nodes': {'s': {'kind': 'service'}}}");
        AnalysisResult result = new Analyzer(THREE, CLOCK).analyze(model);
        assertThat(result.findings()).extracting(Finding::key).containsExactly("needs-review@s");
        Finding review = result.findings().get(0);
        assertThat(review.kind()).isEqualTo(FindingKind.NEEDS_REVIEW);
        assertThat(review.evidence()).extracting(e -> e.subject() + "." + e.fact() + " = " + e.value()).containsExactly(
                "s.exposedAs = unknown; blocks service-exposed-outside-gateway (MS-SS-4)",
                "s.jwtKeySource = unknown; blocks signing-key-in-code (MS-SS-1)",
                "s.registration = unknown; blocks self-registering-service (MS-SS-3)");
        assertThat(review.strategies()).containsExactly(Strategy.MS_SS_1, Strategy.MS_SS_3, Strategy.MS_SS_4);
        assertThat(review.severity()).as("highest blocked severity (high) lowered one level").isEqualTo(Severity.MEDIUM);
        assertThat(review.message()).isEqualTo("3 unknown facts block 3 checks on s: fill in s.exposedAs, "
                + "s.jwtKeySource, s.registration");
    }

    @Test
    void sortsBySeverityThenRuleThenElement() throws Exception {
        ThreatModel model = model("{'nodes': {"
                + "'b': {'kind': 'service', 'jwtKeySource': 'code', 'registration': 'self', 'exposedAs': 'node_port'},"
                + "'a': {'kind': 'service', 'jwtKeySource': 'code', 'registration': 'self', 'exposedAs': 'cluster_ip'}}}");
        List<String> keys = new Analyzer(THREE, CLOCK).analyze(model).findings().stream().map(Finding::key).toList();
        assertThat(keys).containsExactly("service-exposed-outside-gateway@b", "signing-key-in-code@a",
                "signing-key-in-code@b", "self-registering-service@a", "self-registering-service@b");
    }

    @Test
    void reattachesTriageReportsStaleAndTreatsExpiredAsOpen() throws Exception {
        ThreatModel model = model("{'nodes': {'s': {'kind': 'service', 'jwtKeySource': 'code', 'registration': 'self',"
                + " 'exposedAs': 'cluster_ip'}}, 'triage': ["
                + "{'finding': 'signing-key-in-code@s', 'status': 'accepted_risk', 'justification': 'legacy',"
                + " 'by': 'ana', 'at': '2026-05-01T10:00:00Z'},"
                + "{'finding': 'self-registering-service@s', 'status': 'mitigated', 'justification': 'agent',"
                + " 'by': 'ana', 'at': '2026-05-01T10:00:00Z', 'expires': '2026-05-31'},"
                + "{'finding': 'service-exposed-outside-gateway@s', 'status': 'false_positive',"
                + " 'justification': 'was a NodePort', 'by': 'bo', 'at': '2026-04-01T10:00:00Z'}]}");
        AnalysisResult result = new Analyzer(THREE, CLOCK).analyze(model);
        Finding accepted = result.findingFor("signing-key-in-code@s").orElseThrow();
        assertThat(accepted.status()).isEqualTo(TriageStatus.ACCEPTED_RISK);
        assertThat(result.isOpen(accepted)).isFalse();
        Finding expired = result.findingFor("self-registering-service@s").orElseThrow();
        assertThat(result.isOpen(expired)).as("expired decision counts as open").isTrue();
        assertThat(result.expiredDecisions()).extracting(TriageDecision::findingKey)
                .containsExactly("self-registering-service@s");
        assertThat(result.staleDecisions()).extracting(TriageDecision::findingKey)
                .containsExactly("service-exposed-outside-gateway@s");
        assertThat(result.hasOpenAtLeast(Severity.HIGH)).isFalse();
        assertThat(result.hasOpenAtLeast(Severity.MEDIUM)).isTrue();
        assertThat(result.coverage().statusOf(new NodeId("s"), Strategy.MS_SS_1)).as("accepted risk stays violated")
                .isEqualTo(CoverageStatus.VIOLATED);
        assertThat(result.coverage().statusOf(Strategy.MS_SS_4)).isEqualTo(CoverageStatus.MET);
    }

    @Test
    void attestationStaysNeedsReviewUntilTriaged() throws Exception {
        AttestRule attest = new AttestRule();
        ThreatModel open = model("{'nodes': {'s': {'kind': 'service'}}}");
        AnalysisResult result = new Analyzer(List.of(attest), CLOCK).analyze(open);
        assertThat(result.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.key()).isEqualTo("attest-thing@s");
            assertThat(finding.kind()).isEqualTo(FindingKind.NEEDS_ATTESTATION);
        });
        assertThat(result.coverage().statusOf("MS-SS-9#4")).isEqualTo(CoverageStatus.NEEDS_REVIEW);
        ThreatModel confirmed = open.withTriage(new TriageDecision("attest-thing@s", TriageStatus.MITIGATED,
                "canary honours the version header", "ana", Instant.parse("2026-05-01T00:00:00Z"), Optional.empty()));
        assertThat(new Analyzer(List.of(attest), CLOCK).analyze(confirmed).coverage().statusOf("MS-SS-9#4"))
                .isEqualTo(CoverageStatus.MET);
    }

    @Test
    void coverageListsAllFiftyFourRecommendationsWithPrecedence() throws Exception {
        ThreatModel model = model("{'nodes': {'a': {'kind': 'service', 'jwtKeySource': 'vault'},"
                + " 'b': {'kind': 'service', 'jwtKeySource': 'code'}, 'c': {'kind': 'service'}}}");
        Coverage coverage = new Analyzer(THREE, CLOCK).analyze(model).coverage();
        assertThat(coverage.strategies()).hasSize(13);
        assertThat(coverage.strategies().stream().mapToInt(line -> line.recommendations().size()).sum()).isEqualTo(54);
        assertThat(coverage.statusOf(new NodeId("a"), "MS-SS-1#5")).isEqualTo(CoverageStatus.MET);
        assertThat(coverage.statusOf(new NodeId("b"), "MS-SS-1#5")).isEqualTo(CoverageStatus.VIOLATED);
        assertThat(coverage.statusOf(new NodeId("c"), "MS-SS-1#5")).isEqualTo(CoverageStatus.NEEDS_REVIEW);
        assertThat(coverage.statusOf("MS-SS-1#5")).as("violated wins over needs review and met")
                .isEqualTo(CoverageStatus.VIOLATED);
        assertThat(coverage.statusOf(Strategy.MS_SS_3)).as("unknown registration everywhere")
                .isEqualTo(CoverageStatus.NEEDS_REVIEW);
        assertThat(coverage.statusOf(Strategy.MS_SS_8)).isEqualTo(CoverageStatus.NOT_APPLICABLE);
    }

    @Test
    void sameModelGivesSameBytes() throws Exception {
        ThreatModel model = org.threatmesh.model.testing.ModelGenerator.generate(60, 7);
        byte[] first = AnalysisJson.write(Analyzer.withBuiltInRules().analyze(model));
        byte[] second = AnalysisJson.write(Analyzer.withBuiltInRules().analyze(model));
        assertThat(first).isEqualTo(second);
        JsonNode json = JSON.readTree(first);
        assertThat(json.path("findings")).isNotEmpty();
        assertThat(json.path("coverage")).hasSize(13);
    }

    @Test
    void refusesDuplicateAndReservedIds() {
        assertThatThrownBy(() -> new Analyzer(List.of(new SigningKeyInCodeRule(), new SigningKeyInCodeRule()), CLOCK))
                .hasMessageContaining("duplicate rule id 'signing-key-in-code'");
        assertThatThrownBy(() -> new Analyzer(List.of(new ReservedRule()), CLOCK))
                .hasMessageContaining("reserved");
    }

    /** A test-only attestation rule on services. */
    static final class AttestRule implements NodeRule {
        private static final RuleMetadata META = new RuleMetadata("attest-thing", "Confirm the thing",
                "Nothing in the model shows it.", "Confirm it by triage.", Severity.LOW, "capability",
                EnumSet.of(Stride.T), List.of(Strategy.MS_SS_9), List.of(Reference.nist("MS-SS-9#4")),
                Targets.nodes(NodeKind.SERVICE), List.of("process"), RuleKind.ATTESTATION, false);

        @Override
        public RuleMetadata metadata() {
            return META;
        }

        @Override
        public Outcome evaluate(Node node, AnalysisContext context) {
            return Outcome.fire(Severity.LOW, "confirm for " + node.name(), List.of());
        }
    }

    static final class ReservedRule implements NodeRule {
        @Override
        public RuleMetadata metadata() {
            return new RuleMetadata("needs-review", "Reserved", "Reserved.", "Reserved.", Severity.LOW, "r",
                    Set.of(Stride.T), List.of(), List.of(Reference.nist("MS-SS-1#1")), Targets.nodes(NodeKind.SERVICE),
                    List.of(), RuleKind.CHECK, false);
        }

        @Override
        public Outcome evaluate(Node node, AnalysisContext context) {
            return Outcome.PASS;
        }
    }
}
