package org.threatmesh.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.threatmesh.model.Edge;
import org.threatmesh.model.EdgeId;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeId;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.rules.Finding;
import org.threatmesh.rules.FindingKind;
import org.threatmesh.rules.Severity;
import org.threatmesh.rules.builtin.transport.EastWestWithoutMtlsRule;

class CallNameTest {

    @Test
    void readsExactlyAsTheModelNamesAnUnnamedCall() {
        ThreatModel model = ThreatModel.empty("names")
                .withNode(Node.of(new NodeId("web"), NodeKind.SERVICE, "Web shop"))
                .withNode(Node.of(new NodeId("cart"), NodeKind.SERVICE, "Cart"))
                .withEdge(Edge.of(new EdgeId("e-1"), new NodeId("web"), new NodeId("cart")));
        Edge call = model.edges().get(new EdgeId("e-1"));
        CallName name = new CallName(model.nodes().get(new NodeId("web")), model.nodes().get(new NodeId("cart")));

        assertThat(call.name()).isEmpty();
        assertThat(name.toString()).isEqualTo(model.nameOf(call.id())).isEqualTo("Web shop → Cart");
        assertThat(name.length()).isEqualTo("Web shop → Cart".length());
        assertThat(name.charAt(9)).isEqualTo('→');
        assertThat(name.subSequence(0, 3).toString()).isEqualTo("Web");
        assertThat(name.toString()).as("kept after the first read").isSameAs(name.toString());
    }

    @Test
    void aFindingNamedByACallNameEqualsAndHashesLikeOneNamedByItsString() {
        Node web = Node.of(new NodeId("web"), NodeKind.SERVICE, "Web shop");
        Node cart = Node.of(new NodeId("cart"), NodeKind.SERVICE, "Cart");
        EdgeId call = new EdgeId("e-1");
        Finding lazy = finding(call, new CallName(web, cart));
        Finding eager = finding(call, "Web shop → Cart");

        assertThat(lazy.elementName()).isEqualTo("Web shop → Cart");
        assertThat(lazy).isEqualTo(eager).hasSameHashCodeAs(eager).hasToString(eager.toString());
        assertThat(eager).isEqualTo(lazy);
        assertThat(lazy).isNotEqualTo(finding(call, new CallName(cart, web)));
    }

    private static Finding finding(EdgeId call, CharSequence name) {
        return new Finding(new EastWestWithoutMtlsRule().metadata(), call, name, FindingKind.VIOLATION,
                Severity.HIGH, List.of(), "message", List.of(), Optional.empty());
    }
}
