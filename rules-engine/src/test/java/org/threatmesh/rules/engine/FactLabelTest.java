package org.threatmesh.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.threatmesh.model.EdgeId;
import org.threatmesh.model.NodeId;
import org.threatmesh.model.attr.AttributeKey;
import org.threatmesh.model.attr.EdgeAttributes;
import org.threatmesh.model.attr.WorkloadAttributes;

class FactLabelTest {

    /** A fact as {@link FactLabel} sees it. */
    private record Fact(Object subject, AttributeKey<?> key) {
        String label() {
            return FactLabel.label(subject, key);
        }
    }

    private static Fact pair(String node, AttributeKey<?> key) {
        return new Fact(new NodeId(node), key);
    }

    private static Fact text(String label) {
        return new Fact(label, null);
    }

    @Test
    void ordersPairsAndStringsAsTheirLabelsWouldSort() {
        // "a-c" sorts before "a.b" as a label ('-' < '.') although "a" sorts before "a-c" as an id.
        List<Fact> facts = new ArrayList<>(List.of(pair("a", EdgeAttributes.TLS), pair("a-c", EdgeAttributes.TLS),
                text("a.tls"), text("a.(pack rule p gave 1.5, not true or false)"), pair("ab", EdgeAttributes.TLS),
                pair("a", WorkloadAttributes.DATA_SENSITIVITY), text("a"), text("b.tls"), pair("b", EdgeAttributes.TLS)));
        facts.sort((x, y) -> FactLabel.compare(x.subject(), x.key(), y.subject(), y.key()));
        assertThat(facts).extracting(Fact::label).containsExactly("a", "a-c.tls",
                "a.(pack rule p gave 1.5, not true or false)", "a.dataSensitivity", "a.tls", "a.tls", "ab.tls",
                "b.tls", "b.tls");
        List<String> byString = new ArrayList<>(facts.stream().map(Fact::label).toList());
        byString.sort(Comparator.naturalOrder());
        assertThat(facts).extracting(Fact::label).isEqualTo(byString);
    }

    @Test
    void aPairEqualsTheSameLabelWrittenAsAString() {
        assertThat(FactLabel.equal(new EdgeId("e-1"), EdgeAttributes.TLS, "e-1.tls", null)).isTrue();
        assertThat(FactLabel.equal("e-1.tls", null, new EdgeId("e-1"), EdgeAttributes.TLS)).isTrue();
        assertThat(FactLabel.equal(new EdgeId("e-1"), EdgeAttributes.TLS, new NodeId("e-1"), EdgeAttributes.TLS))
                .as("same label, although the ids are of different types").isTrue();
        assertThat(FactLabel.equal(new EdgeId("e-1"), EdgeAttributes.TLS, "e-1.tl", null)).isFalse();
        assertThat(FactLabel.equal(new EdgeId("e-1"), EdgeAttributes.TLS, new EdgeId("e-2"), EdgeAttributes.TLS))
                .isFalse();
        StringBuilder out = new StringBuilder("[");
        FactLabel.appendTo(out, new EdgeId("e-1"), EdgeAttributes.TLS);
        FactLabel.appendTo(out, "x", null);
        assertThat(out).hasToString("[e-1.tlsx");
        assertThat(FactLabel.length(new EdgeId("e-1"), EdgeAttributes.TLS)).isEqualTo(7);
    }
}
