package org.threatmesh.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.threatmesh.model.EdgeId;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.TriageDecision;
import org.threatmesh.model.TriageStatus;
import org.threatmesh.model.attr.EdgeAttributes;
import org.threatmesh.model.attr.WorkloadAttributes;
import org.threatmesh.rules.AnalysisContext;
import org.threatmesh.rules.Evidence;
import org.threatmesh.rules.Finding;
import org.threatmesh.rules.NodeRule;
import org.threatmesh.rules.Outcome;
import org.threatmesh.rules.Reference;
import org.threatmesh.rules.RuleKind;
import org.threatmesh.rules.RuleMetadata;
import org.threatmesh.rules.Severity;
import org.threatmesh.rules.Strategy;
import org.threatmesh.rules.Stride;
import org.threatmesh.rules.Targets;
import org.threatmesh.rules.testing.Fixtures;

/** The needs-review finding's message and evidence, which the engine builds when they are read. */
class NeedsReviewTextTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);

    /** Facts as pairs, as a label string equal to a pair's, one without a dot, and one about another element. */
    private static final List<org.threatmesh.rules.Rule> RULES = List.of(
            new Blocked("pair-rule", node -> Outcome.unknown(node.id(), WorkloadAttributes.DATA_SENSITIVITY)),
            new Blocked("text-rule", node -> Outcome.unknown(node.id().value() + ".dataSensitivity", "standalone")),
            new Blocked("other-rule", node -> Outcome.unknown(new EdgeId("e-" + node.id().value()),
                    EdgeAttributes.TLS)));

    private static Finding needsReview(String fixture) throws Exception {
        ThreatModel model = Fixtures.model(new ObjectMapper().readTree(fixture.replace('\'', '"')), "test");
        AnalysisResult result = new Analyzer(RULES, CLOCK).analyze(model);
        assertThat(result.findings()).extracting(Finding::key).containsExactly("needs-review@s");
        return result.findings().get(0);
    }

    @Test
    void mergesEqualLabelsWhetherPairOrStringAndSortsByLabel() throws Exception {
        Finding review = needsReview("{'nodes': {'s': {'kind': 'service'}}}");
        assertThat(review.message()).isEqualTo(
                "3 unknown facts block 3 checks on s: fill in e-s.tls, s.dataSensitivity, standalone");
        assertThat(review.evidence()).extracting(Evidence::subject, Evidence::fact, Evidence::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple("e-s", "tls", "unknown; blocks other-rule (MS-SS-1)"),
                org.assertj.core.groups.Tuple.tuple("s", "dataSensitivity",
                        "unknown; blocks pair-rule, text-rule (MS-SS-1)"),
                org.assertj.core.groups.Tuple.tuple("standalone", "standalone", "unknown; blocks text-rule (MS-SS-1)"));
        assertThat(review.evidence().get(1).subject()).as("the model's own id string, not a copy")
                .isSameAs(review.element().value());
    }

    @Test
    void aLazyFindingEqualsTheSameFindingWithItsTextWrittenOut() throws Exception {
        Finding review = needsReview("{'nodes': {'s': {'kind': 'service', 'name': 'Shop'}}}");
        assertThat(review.message()).isEqualTo(
                "3 unknown facts block 3 checks on Shop: fill in e-s.tls, s.dataSensitivity, standalone")
                .isEqualTo(review.message());
        Finding written = new Finding(review.rule(), review.element(), review.elementName(), review.kind(),
                review.severity(), review.strategies(), review.message(), review.evidence(), review.triage());
        assertThat(review).isEqualTo(written).hasSameHashCodeAs(written).hasToString(written.toString());
        assertThat(written).isEqualTo(review);
        assertThat(review.toString()).startsWith("Finding[rule=RuleMetadata[id=needs-review, ")
                .endsWith(", elementName=Shop, kind=NEEDS_REVIEW, severity=LOW, strategies=[MS_SS_1], message=3 unknown"
                        + " facts block 3 checks on Shop: fill in e-s.tls, s.dataSensitivity, standalone, evidence=["
                        + "e-s: tls = unknown; blocks other-rule (MS-SS-1), s: dataSensitivity = unknown; blocks "
                        + "pair-rule, text-rule (MS-SS-1), standalone: standalone = unknown; blocks text-rule "
                        + "(MS-SS-1)], triage=Optional.empty]");
        Finding triaged = review.withTriage(Optional.of(new TriageDecision("needs-review@s", TriageStatus.MITIGATED,
                "filled in", "ana", Instant.parse("2026-05-01T00:00:00Z"), Optional.empty())));
        assertThat(triaged).isNotEqualTo(review);
        assertThat(triaged.message()).isEqualTo(review.message());
        assertThat(triaged.withTriage(Optional.empty())).isEqualTo(review);
    }

    /** A service rule that always returns the outcome {@code outcome} gives. */
    private record Blocked(String id, Function<Node, Outcome> outcome) implements NodeRule {

        @Override
        public RuleMetadata metadata() {
            return new RuleMetadata(id, "Blocked " + id, "Test rule.", "Fill it in.", Severity.LOW, "low",
                    EnumSet.of(Stride.T), List.of(Strategy.MS_SS_1), List.of(Reference.nist("MS-SS-1#1")),
                    Targets.nodes(NodeKind.SERVICE), List.of(), RuleKind.CHECK, false);
        }

        @Override
        public Outcome evaluate(Node node, AnalysisContext context) {
            return outcome.apply(node);
        }
    }
}
