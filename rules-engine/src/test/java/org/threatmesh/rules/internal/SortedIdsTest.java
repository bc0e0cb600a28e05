package org.threatmesh.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.threatmesh.model.Edge;
import org.threatmesh.model.EdgeId;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeId;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.rules.AnalysisContext;

/**
 * Callers and callees, found by node number from the index's call rows, answer as the tree sets of the same ids
 * did: same members, same order, duplicates (parallel calls) once.
 */
class SortedIdsTest {

    @Test
    void neighboursByNumberMatchTreeSetsOfTheCallEnds() {
        Random random = new Random(11);
        for (int round = 0; round < 60; round++) {
            int nodes = 1 + random.nextInt(14);
            // Ids whose order differs from the order the nodes are added in.
            List<NodeId> ids = new ArrayList<>();
            ThreatModel model = ThreatModel.empty("neighbours");
            for (int i = 0; i < nodes; i++) {
                NodeId id = new NodeId("n-" + (char) ('a' + random.nextInt(26)) + i);
                ids.add(id);
                model = model.withNode(Node.of(id, NodeKind.SERVICE, id.value()));
            }
            int calls = nodes < 2 ? 0 : random.nextInt(3 * nodes);
            for (int c = 0; c < calls; c++) {
                int from = random.nextInt(nodes);
                // A call cannot go from a node to itself; pick any other node.
                int to = (from + 1 + random.nextInt(nodes - 1)) % nodes;
                model = model.withEdge(Edge.of(new EdgeId("e-" + c), ids.get(from), ids.get(to)));
            }
            AnalysisContext context = new AnalysisContext(model);
            for (NodeId id : ids) {
                TreeSet<NodeId> callees = new TreeSet<>();
                TreeSet<NodeId> callers = new TreeSet<>();
                for (Edge edge : model.edges().values()) {
                    if (edge.from().equals(id)) {
                        callees.add(edge.to());
                    }
                    if (edge.to().equals(id)) {
                        callers.add(edge.from());
                    }
                }
                assertThat(context.callees(id)).containsExactlyElementsOf(callees).isEqualTo(callees)
                        .hasSameHashCodeAs(callees);
                assertThat(context.callers(id)).containsExactlyElementsOf(callers).isEqualTo(callers);
                for (NodeId probe : ids) {
                    assertThat(context.callees(id).contains(probe)).isEqualTo(callees.contains(probe));
                }
            }
            assertThat(context.callees(new NodeId("absent"))).isEmpty();
        }
    }

    @Test
    void keepsSortedIdsAndAnswersMembership() {
        NodeId[] ids = {new NodeId("a"), new NodeId("b"), new NodeId("c"), null};
        Set<NodeId> set = SortedIds.ofSorted(ids, 3);
        assertThat(set).containsExactly(new NodeId("a"), new NodeId("b"), new NodeId("c"));
        assertThat(set.contains(new NodeId("b"))).isTrue();
        assertThat(set.contains(new NodeId("d"))).isFalse();
        assertThat(set.contains("b")).isFalse();
        assertThat(SortedIds.ofSorted(new NodeId[0], 0)).isEmpty();
    }
}
