package org.threatmesh.rules.builtin.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.threatmesh.rules.builtin.RuleFixtures.a;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.attr.AttributeKey;
import org.threatmesh.model.attr.ModelAttributes;
import org.threatmesh.rules.Rule;
import org.threatmesh.rules.builtin.RuleFixtures;
import org.threatmesh.rules.builtin.RuleHarness;

class PlatformRulesTest {

    static Stream<Arguments> controls() {
        return Stream.of(
                Arguments.of(new UnverifiedImageProvenanceRule(), ModelAttributes.IMAGE_PROVENANCE_VERIFIED, "high"),
                Arguments.of(new MissingScanAttestationGateRule(), ModelAttributes.SCAN_ATTESTATION_REQUIRED, "medium"),
                Arguments.of(new MissingGitOpsDriftControlRule(), ModelAttributes.GITOPS_DRIFT_CONTROL, "medium"),
                Arguments.of(new MissingRuntimeThreatDetectionRule(), ModelAttributes.RUNTIME_THREAT_DETECTION,
                        "medium"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("controls")
    void absentControlFiresPresentPassesUnknownNeedsReview(Rule rule, AttributeKey<Boolean> key, String severity) {
        String id = rule.metadata().id();
        RuleFixtures deployed = RuleFixtures.model().node("svc", NodeKind.SERVICE, null);
        assertThat(RuleHarness.run(rule, deployed.modelAttributes(a(key, false)).build()))
                .containsExactly(id + "@model fire " + severity);
        assertThat(RuleHarness.run(rule, deployed.modelAttributes(a(key, true)).build())).isEmpty();
        assertThat(RuleHarness.run(rule, deployed.build()))
                .containsExactly(id + "@model unknown model." + key.name());
        assertThat(RuleHarness.run(rule, RuleFixtures.model().node("client", NodeKind.EXTERNAL_CLIENT, null)
                .modelAttributes(a(key, false)).build())).as("nothing deployed, nothing to check").isEmpty();
    }

    @Test
    void registryIsSortedAndComplete() {
        assertThat(PlatformRules.all()).hasSize(4)
                .extracting(rule -> rule.metadata().id()).isSorted().doesNotHaveDuplicates();
    }
}
