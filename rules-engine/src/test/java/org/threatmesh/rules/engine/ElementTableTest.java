package org.threatmesh.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.threatmesh.model.EdgeId;
import org.threatmesh.model.ElementId;
import org.threatmesh.model.ModelId;
import org.threatmesh.model.NodeId;

class ElementTableTest {

    private static ElementResult resultOf(ElementId element) {
        return new ElementResult(element, element.value(), new byte[0], new int[0], new int[0], new org.threatmesh.rules.Finding[0], null);
    }

    @Test
    void findsEachResultByItsElementAndKeepsTheirOrder() {
        List<ElementResult> results = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            results.add(resultOf(new NodeId("n-" + i)));
        }
        results.add(resultOf(new EdgeId("n-7")));
        results.add(resultOf(ModelId.MODEL));
        ElementTable table = new ElementTable(results);
        for (ElementResult result : results) {
            assertThat(table.get(result.element())).isSameAs(result);
        }
        assertThat(table.get(new EdgeId("n-8"))).isNull();
        assertThat(table.size()).isEqualTo(1002);
        assertThat(table.values()).containsExactlyElementsOf(results);
        assertThatThrownBy(() -> table.values().remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(new ElementTable(List.of()).get(ModelId.MODEL)).isNull();
    }

    @Test
    void refusesTwoResultsForOneElement() {
        assertThatThrownBy(() -> new ElementTable(List.of(resultOf(new NodeId("a")), resultOf(new NodeId("a")))))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("duplicate id a");
    }
}
