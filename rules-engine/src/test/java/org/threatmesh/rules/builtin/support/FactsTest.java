package org.threatmesh.rules.builtin.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.attr.WorkloadAttributes;
import org.threatmesh.rules.Outcome;
import org.threatmesh.rules.builtin.RuleFixtures;

class FactsTest {

    @Test
    void namesEachUnknownFactOnceInReadingOrderPastTheScanLimit() {
        RuleFixtures builder = RuleFixtures.model();
        for (int i = 0; i < 20; i++) {
            builder = builder.node("s" + i, NodeKind.SERVICE, null);
        }
        ThreatModel model = builder.build();
        List<Node> nodes = new ArrayList<>(model.nodes().values());
        Facts facts = Facts.collect();
        for (int pass = 0; pass < 2; pass++) {
            for (Node node : nodes) {
                facts.of(node, WorkloadAttributes.TOKEN_REUSE_DETECTION);
                facts.of(node, WorkloadAttributes.DATA_SENSITIVITY);
            }
        }
        List<String> expected = new ArrayList<>();
        for (Node node : nodes) {
            expected.add(node.id().value() + ".tokenReuseDetection");
            expected.add(node.id().value() + ".dataSensitivity");
        }
        assertThat(facts.unknowns()).containsExactlyElementsOf(expected);
        assertThat(facts.unknownOutcome()).isEqualTo(Outcome.unknown(expected));
    }

    @Test
    void anOutcomeOfNoUnknownFactIsRefused() {
        assertThatThrownBy(() -> Facts.collect().unknownOutcome()).isInstanceOf(IllegalStateException.class);
        assertThat(Facts.collect().unknownOrPass()).isEqualTo(Outcome.PASS);
    }

    @Test
    void reusesEmptiedCollectorsFromEvaluationToEvaluationOnlyInsideAScope() {
        org.threatmesh.model.NodeId a = new org.threatmesh.model.NodeId("a");
        org.threatmesh.model.NodeId b = new org.threatmesh.model.NodeId("b");
        assertThat(Facts.collect()).isNotSameAs(Facts.collect());
        Outcome first;
        Facts reused;
        try (Facts.Scope scope = Facts.reusing()) {
            reused = Facts.collect();
            Facts second = Facts.collect();
            assertThat(second).isNotSameAs(reused);
            reused.track(a, WorkloadAttributes.MESH_MODE, org.threatmesh.model.attr.Fact.unknown());
            reused.track(b, WorkloadAttributes.MESH_MODE, org.threatmesh.model.attr.Fact.unknown());
            first = reused.unknownOutcome();
            scope.nextEvaluation();
            Facts again = Facts.collect();
            assertThat(again).isSameAs(reused);
            assertThat(again.anyUnknown()).isFalse();
            again.track(b, WorkloadAttributes.DATA_SENSITIVITY, org.threatmesh.model.attr.Fact.unknown());
            assertThat(again.unknowns()).containsExactly("b.dataSensitivity");
            // A scope opened inside (a helping thread starting another element) leaves the outer one's alone.
            try (Facts.Scope inner = Facts.reusing()) {
                Facts nested = Facts.collect();
                assertThat(nested).isNotSameAs(again);
                inner.nextEvaluation();
                assertThat(Facts.collect()).isSameAs(nested);
            }
            assertThat(again.unknowns()).containsExactly("b.dataSensitivity");
            assertThat(Facts.collect()).isNotSameAs(again);
        }
        // What an evaluation built from a collector does not change when the collector is reused.
        assertThat(((Outcome.Unknown) first).unknowns()).containsExactly("a.meshMode", "b.meshMode");
        assertThat(Facts.collect()).isNotSameAs(reused);
    }

    @Test
    void scopesAreHandedOutAgainPerDepthAndCloseOnlyInnermostFirst() {
        Facts.Scope outer = Facts.reusing();
        Facts.Scope inner = Facts.reusing();
        assertThat(inner).isNotSameAs(outer);
        assertThatThrownBy(outer::close).isInstanceOf(IllegalStateException.class)
                .hasMessage("reuse scopes close once, innermost first");
        inner.close();
        assertThatThrownBy(inner::close).isInstanceOf(IllegalStateException.class);
        assertThat(Facts.reusing()).isSameAs(inner);
        inner.close();
        outer.close();
        // Closed: collectors are fresh again, and the next scope is the same object at the same depth.
        assertThat(Facts.collect()).isNotSameAs(Facts.collect());
        try (Facts.Scope again = Facts.reusing()) {
            assertThat(again).isSameAs(outer);
        }
    }
}
