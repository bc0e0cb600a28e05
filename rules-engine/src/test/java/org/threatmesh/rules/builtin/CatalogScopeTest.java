package org.threatmesh.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.threatmesh.rules.Reference;
import org.threatmesh.rules.Rule;
import org.threatmesh.rules.RuleKind;
import org.threatmesh.rules.RuleMetadata;
import org.threatmesh.rules.builtin.support.Meta;

/**
 * Every catalog item of issue 3's second half (MS-SS-5..13, the checkable SP 800-204A/B items, the 204C/D platform
 * controls and advisories ADV-1..5) is checked by a registered rule, and the kinds match what the catalog says the
 * model can show.
 */
class CatalogScopeTest {

    private static final List<RuleMetadata> RULES = BuiltInRules.all().stream().map(Rule::metadata).toList();

    private static Set<String> referenced(String source) {
        return RULES.stream().flatMap(meta -> meta.references().stream())
                .filter(reference -> reference.source().equals(source)).map(Reference::identifier)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void everyRecommendationOfStrategiesFiveToThirteenIsReferenced() {
        int[] bullets = {3, 1, 3, 3, 4, 3, 4, 5, 6};
        List<String> expected = new ArrayList<>();
        for (int strategy = 5; strategy <= 13; strategy++) {
            for (int bullet = 1; bullet <= bullets[strategy - 5]; bullet++) {
                expected.add("MS-SS-" + strategy + "#" + bullet);
            }
        }
        assertThat(referenced(Reference.SP800_204)).containsAll(expected);
    }

    @Test
    void everyCatalogRuleLabelOfStrategiesFiveToThirteenHasARule() {
        assertThat(referenced(Meta.CATALOG)).containsAll(List.of(
                "R204-5.1a", "R204-5.1b", "R204-5.1c", "R204-5.2", "R204-5.3",
                "R204-6.1a", "R204-6.1b", "R204-6.1c", "R204-7.1", "R204-7.2", "R204-7.3",
                "R204-8.1", "R204-8.2", "R204-8.3",
                "R204-9.1a", "R204-9.1b", "R204-9.2", "R204-9.3", "R204-9.4",
                "R204-10.1", "R204-10.2", "R204-10.3a", "R204-10.3b",
                "R204-11.1a", "R204-11.1b", "R204-11.2", "R204-11.3", "R204-11.4", "R204-11.5",
                "R204-12.1", "R204-12.2", "R204-12.3", "R204-12.4", "R204-12.5",
                "R204-13.1a", "R204-13.1b", "R204-13.2", "R204-13.3", "R204-13.4", "R204-13.5a", "R204-13.5b",
                "R204-13.6",
                "ADV-1", "ADV-2", "ADV-3", "ADV-4", "ADV-5"));
    }

    @Test
    void everyCheckableCompanionRecommendationHasARule() {
        assertThat(referenced(Reference.SP800_204A)).containsAll(List.of("SM-DR1", "SM-DR2", "SM-DR6", "SM-DR7",
                "SM-DR8", "SM-DR9", "SM-DR10", "SM-DR12", "SM-DR13", "SM-DR14", "SM-DR15", "SM-DR16", "SM-DR18",
                "SM-DR20", "SM-DR22", "SM-DR23", "SM-DR24", "SM-DR25", "SM-DR26", "SM-DR27", "SM-DR28"));
        assertThat(referenced(Reference.SP800_204B)).containsAll(List.of("ISMC-SR-1", "ISMC-SR-2", "AHLC-SR-1",
                "AHLC-SR-2", "AHLC-SR-3", "AHLC-SR-4", "SAUN-SR-1", "EAUN-SR-1", "SAUZ-SR-1", "EUAZ-SR-1",
                "EUAZ-SR-2", "EUAZ-SR-3", "APE-SR-2", "APE-SR-3"));
        assertThat(referenced(Reference.SP800_204C)).contains("§4.2");
        assertThat(referenced(Reference.SP800_204D)).containsAll(List.of("DEPLOY-REQ-3", "DEPLOY-REQ-4",
                "GitOps-REQ-3", "GitOps-REQ-4"));
    }

    @Test
    void recommendationsNoAttributeCanShowAreAttestations() {
        Set<String> attestations = RULES.stream().filter(meta -> meta.kind() == RuleKind.ATTESTATION)
                .map(RuleMetadata::id).collect(Collectors.toSet());
        assertThat(attestations).contains("proxy-inbound-ports-attestation", "policy-operations-attestation");
    }

    @Test
    void advisoriesAreLabelledAdvisoryAndExtensionsAreMarked() {
        for (RuleMetadata meta : RULES) {
            boolean citesAdvisory = meta.references().stream()
                    .anyMatch(reference -> reference.source().equals(Meta.CATALOG)
                            && reference.identifier().startsWith("ADV-"));
            if (citesAdvisory && meta.strategies().isEmpty()) {
                assertThat(meta.kind()).as(meta.id()).isEqualTo(RuleKind.ADVISORY);
            }
        }
        assertThat(RULES.stream().filter(meta -> meta.id().equals("unbounded-retries")).findFirst().orElseThrow()
                .extension()).isTrue();
    }
}
