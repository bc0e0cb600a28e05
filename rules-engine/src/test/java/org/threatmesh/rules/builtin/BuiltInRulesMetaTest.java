package org.threatmesh.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.threatmesh.model.ElementType;
import org.threatmesh.rules.Reference;
import org.threatmesh.rules.Rule;
import org.threatmesh.rules.RuleMetadata;
import org.threatmesh.rules.Strategy;
import org.threatmesh.rules.engine.NeedsReview;
import org.threatmesh.rules.engine.Recommendations;
import org.threatmesh.rules.testing.RuleCase;

/** Meta-tests over the built-in registry: ids, metadata, registration and the presence of tests for every rule. */
class BuiltInRulesMetaTest {

    private static final List<Rule> RULES = BuiltInRules.all();

    @Test
    void idsAreUniqueKebabCaseAndSorted() {
        List<String> ids = RULES.stream().map(rule -> rule.metadata().id()).toList();
        assertThat(ids).doesNotHaveDuplicates().isSorted().doesNotContain(NeedsReview.RULE_ID)
                .allMatch(id -> id.matches("[a-z0-9]+(-[a-z0-9]+)*"));
    }

    @Test
    void everyRuleHasCompleteMetadata() {
        for (Rule rule : RULES) {
            RuleMetadata meta = rule.metadata();
            assertThat(meta.title()).as(meta.id()).isNotBlank().doesNotEndWith(".");
            assertThat(meta.rationale()).as(meta.id()).endsWith(".");
            assertThat(meta.remediation()).as(meta.id()).endsWith(".");
            assertThat(meta.severityReason()).as(meta.id()).isNotBlank();
            assertThat(meta.stride()).as(meta.id() + " stride").isNotEmpty();
            assertThat(meta.artefacts()).as(meta.id() + " artefacts").isNotEmpty();
            assertThat(meta.references()).as(meta.id() + " references")
                    .anyMatch(ref -> ref.source().startsWith(Reference.SP800_204));
            if (!meta.strategies().isEmpty()) {
                assertThat(meta.references()).as(meta.id() + " names an SP 800-204 reference")
                        .anyMatch(ref -> ref.source().equals(Reference.SP800_204));
            }
            assertThat(rule.metadata()).as(meta.id() + " metadata is constant").isSameAs(rule.metadata());
        }
    }

    @Test
    void everyConcreteRuleClassIsRegistered() {
        Set<String> registered = RULES.stream().map(rule -> rule.getClass().getName()).collect(Collectors.toSet());
        Set<String> found = new TreeSet<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.threatmesh.rules.builtin")) {
            if (type.isAssignableTo(Rule.class) && !type.isInterface()
                    && !type.getModifiers().contains(JavaModifier.ABSTRACT)) {
                found.add(type.getName());
            }
        }
        assertThat(found).isNotEmpty();
        assertThat(registered).containsAll(found);
    }

    @Test
    void everyRuleHasFiringAndNonFiringCases() {
        Map<String, List<RuleCase>> byRule = RuleCase.all().stream()
                .collect(Collectors.groupingBy(RuleCase::ruleId));
        List<String> missing = new ArrayList<>();
        for (Rule rule : RULES) {
            List<RuleCase> cases = byRule.getOrDefault(rule.metadata().id(), List.of());
            if (cases.stream().noneMatch(RuleCase::fires) || cases.stream().allMatch(RuleCase::fires)) {
                missing.add(rule.metadata().id());
            }
        }
        assertThat(missing).as("rules without a firing and a non-firing case folder entry").isEmpty();
        assertThat(byRule.keySet()).as("case folders must name registered rules")
                .isSubsetOf(RULES.stream().map(rule -> rule.metadata().id()).toList());
    }

    @Test
    void everyRecommendationOfTheFirstFourStrategiesIsChecked() {
        Set<String> referenced = new TreeSet<>();
        RULES.forEach(rule -> referenced.addAll(Recommendations.referencedBy(rule.metadata())));
        for (Strategy strategy : List.of(Strategy.MS_SS_1, Strategy.MS_SS_2, Strategy.MS_SS_3, Strategy.MS_SS_4)) {
            assertThat(referenced).containsAll(Recommendations.of(strategy));
        }
    }

    @Test
    void targetsMatchRuleInterfaces() {
        for (Rule rule : RULES) {
            ElementType type = rule.metadata().targets().type();
            Class<?> expected = switch (type) {
                case NODE -> org.threatmesh.rules.NodeRule.class;
                case EDGE -> org.threatmesh.rules.EdgeRule.class;
                case ZONE -> org.threatmesh.rules.ZoneRule.class;
                case MODEL -> org.threatmesh.rules.ModelRule.class;
            };
            assertThat(rule).as(rule.metadata().id()).isInstanceOf(expected);
        }
    }

    @Test
    void duplicateIdsAcrossAreasAreRejected() {
        Rule rule = RULES.get(0);
        assertThatThrownBy(() -> BuiltInRules.collect(List.of(List.of(rule), List.of(rule))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining(rule.metadata().id());
    }
}
