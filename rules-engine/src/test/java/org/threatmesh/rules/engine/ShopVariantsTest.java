package org.threatmesh.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.threatmesh.rules.Finding;
import org.threatmesh.rules.FindingKind;
import org.threatmesh.rules.Rule;
import org.threatmesh.rules.Severity;
import org.threatmesh.rules.Strategy;
import org.threatmesh.rules.builtin.BuiltInRules;
import org.threatmesh.samples.SampleCatalog;

/** The insecure and hardened variants of the sample shop (issue 3, "Tests"). */
class ShopVariantsTest {

    private static final Analyzer ANALYZER = new Analyzer(BuiltInRules.all(),
            Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC));

    @Test
    void insecureShopViolatesEveryStrategyThatHasRules() {
        AnalysisResult result = ANALYZER.analyze(SampleCatalog.find("online-shop-insecure").orElseThrow().load());
        Set<Strategy> violated = EnumSet.noneOf(Strategy.class);
        for (Finding finding : result.findings()) {
            if (finding.kind() == FindingKind.VIOLATION) {
                violated.addAll(finding.strategies());
            }
        }
        Set<Strategy> checked = EnumSet.noneOf(Strategy.class);
        for (Rule rule : BuiltInRules.all()) {
            checked.addAll(rule.metadata().strategies());
        }
        assertThat(violated).containsAll(checked);
        // The bar is 12 of 13 strategies; it applies in full once every strategy has rules.
        assertThat(violated.size()).isGreaterThanOrEqualTo(Math.min(12, checked.size()));
    }

    @Test
    void hardenedShopHasNoOpenHighOrCriticalFinding() {
        AnalysisResult result = ANALYZER.analyze(SampleCatalog.find("online-shop-hardened").orElseThrow().load());
        assertThat(result.findings()).filteredOn(result::isOpen)
                .filteredOn(finding -> finding.severity().isAtLeast(Severity.HIGH)).extracting(Finding::key)
                .isEmpty();
        assertThat(result.hasOpenAtLeast(Severity.HIGH)).isFalse();
    }
}
