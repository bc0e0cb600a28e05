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
}
