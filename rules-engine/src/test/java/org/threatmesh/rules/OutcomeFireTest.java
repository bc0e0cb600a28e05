package org.threatmesh.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.rules.engine.AnalysisResult;
import org.threatmesh.rules.engine.Analyzer;
import org.threatmesh.rules.testing.Fixtures;

class OutcomeFireTest {

    private static final Evidence EVIDENCE = new Evidence("s", "tls", "none");

    @Test
    void aMessageBuiltOnReadEqualsTheSameMessageGivenAsAString() {
        Outcome.Fire lazy = (Outcome.Fire) Outcome.fire(Severity.HIGH, () -> "s" + " calls in plaintext",
                List.of(EVIDENCE));
        Outcome.Fire eager = new Outcome.Fire(Severity.HIGH, "s calls in plaintext", List.of(EVIDENCE));
        assertThat(lazy.message()).isEqualTo("s calls in plaintext");
        assertThat(lazy).isEqualTo(eager).hasSameHashCodeAs(eager)
                .hasToString("Fire[severity=HIGH, message=s calls in plaintext, evidence=[s: tls = none]]");
        assertThat(eager).isEqualTo(lazy);
        assertThat(lazy).isNotEqualTo(new Outcome.Fire(Severity.HIGH, "s calls", List.of(EVIDENCE)))
                .isNotEqualTo(new Outcome.Fire(Severity.MEDIUM, "s calls in plaintext", List.of(EVIDENCE)));
        assertThatThrownBy(() -> new Outcome.Fire(Severity.LOW, () -> null, List.of()).message())
                .isInstanceOf(NullPointerException.class).hasMessageContaining("returned null");
    }

    @Test
    void aLoneEvidenceReadsAsTheSameListHowEverItWasGiven() {
        Evidence other = new Evidence("s", "authn", "none");
        Outcome.Fire fromArrayList = new Outcome.Fire(Severity.LOW, "m", new java.util.ArrayList<>(List.of(EVIDENCE)));
        Outcome.Fire fromList = new Outcome.Fire(Severity.LOW, "m", List.of(EVIDENCE));
        Outcome.Fire two = new Outcome.Fire(Severity.LOW, "m", List.of(EVIDENCE, other));
        Outcome.Fire none = new Outcome.Fire(Severity.LOW, "m", List.of());
        assertThat(fromArrayList.evidence()).containsExactly(EVIDENCE);
        assertThatThrownBy(() -> fromArrayList.evidence().add(other)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(fromArrayList).isEqualTo(fromList).hasSameHashCodeAs(fromList)
                .hasToString("Fire[severity=LOW, message=m, evidence=[s: tls = none]]");
        assertThat(fromList.hashCode()).isEqualTo((31 * Severity.LOW.hashCode() + "m".hashCode()) * 31
                + List.of(EVIDENCE).hashCode());
        assertThat(two.evidence()).containsExactly(EVIDENCE, other);
        assertThat(none.evidence()).isEmpty();
        assertThat(fromList).isNotEqualTo(two).isNotEqualTo(none);
        assertThat(two).isNotEqualTo(new Outcome.Fire(Severity.LOW, "m", List.of(other, EVIDENCE)));
    }

    @Test
    void analysisDoesNotBuildTheMessageAndEachReadBuildsItAgain() throws Exception {
        AtomicInteger built = new AtomicInteger();
        NodeRule rule = new NodeRule() {
            @Override
            public RuleMetadata metadata() {
                return new RuleMetadata("lazy-message", "Lazy", "Test rule.", "None.", Severity.LOW, "low",
                        EnumSet.of(Stride.T), List.of(Strategy.MS_SS_1), List.of(Reference.nist("MS-SS-1#1")),
                        Targets.nodes(NodeKind.SERVICE), List.of(), RuleKind.CHECK, false);
            }

            @Override
            public Outcome evaluate(Node node, AnalysisContext context) {
                return Outcome.fire(Severity.LOW, () -> {
                    built.incrementAndGet();
                    return node.name() + " is lazy";
                }, List.of());
            }
        };
        ThreatModel model = Fixtures.model(new ObjectMapper().readTree("{\"nodes\": {\"s\": {\"kind\": \"service\"}}}"),
                "test");
        AnalysisResult result = new Analyzer(List.of(rule), Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"),
                ZoneOffset.UTC)).analyze(model);
        assertThat(result.findings()).hasSize(1);
        assertThat(built).hasValue(0);
        assertThat(result.findings().get(0).message()).isEqualTo("s is lazy");
        assertThat(result.findings().get(0).message()).isEqualTo("s is lazy");
        assertThat(built).as("not cached: the result does not grow when read").hasValue(2);
    }

    @Test
    void hashingAFindingDoesNotBuildItsTextButComparingTwoDoes() {
        AtomicInteger built = new AtomicInteger();
        RuleMetadata meta = new RuleMetadata("lazy-hash", "Lazy", "Test rule.", "None.", Severity.LOW, "low",
                EnumSet.of(Stride.T), List.of(Strategy.MS_SS_1), List.of(Reference.nist("MS-SS-1#1")),
                Targets.nodes(NodeKind.SERVICE), List.of(), RuleKind.CHECK, false);
        java.util.function.Supplier<Finding> make = () -> new Finding(meta, new org.threatmesh.model.NodeId("s"), "s",
                FindingKind.VIOLATION, Severity.LOW, List.of(Strategy.MS_SS_1),
                new Outcome.Fire(Severity.LOW, () -> "s is " + built.incrementAndGet() / 1_000_000, List.of()),
                java.util.Optional.empty());
        Finding one = make.get();
        Finding other = make.get();
        assertThat(one.hashCode()).isEqualTo(other.hashCode());
        assertThat(built).hasValue(0);
        assertThat(one).isEqualTo(other);
        assertThat(built).hasValue(2);
        assertThat(new java.util.HashSet<>(List.of(one, other))).hasSize(1);
    }
}
