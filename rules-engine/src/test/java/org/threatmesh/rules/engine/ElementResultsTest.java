package org.threatmesh.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.threatmesh.model.ElementId;
import org.threatmesh.model.NodeId;

class ElementResultsTest {

    private static ElementResult resultOf(String id, String name) {
        return new ElementResult(new NodeId(id), name, new byte[0], new int[0], new int[0], new org.threatmesh.rules.Finding[0], null);
    }

    private static ElementResults fullRun(int elements) {
        List<ElementResult> results = new ArrayList<>();
        for (int i = 0; i < elements; i++) {
            results.add(resultOf("n-" + i, "first"));
        }
        return ElementResults.of(results);
    }

    /** Replaces elements {@code [from, to)} with results named {@code name} and removes {@code gone}. */
    private static ElementResults edited(ElementResults results, int from, int to, String name, List<ElementId> gone) {
        Map<ElementId, ElementResult> replaced = new HashMap<>();
        for (int i = from; i < to; i++) {
            replaced.put(new NodeId("n-" + i), resultOf("n-" + i, name));
        }
        return results.with(replaced, gone);
    }

    @Test
    void aFewEditsLieOverTheFullRunAndLookupsSeeThem() {
        ElementResults next = edited(fullRun(1000), 10, 20, "second", List.of(new NodeId("n-999")));
        assertThat(next.get(new NodeId("n-15")).name()).isEqualTo("second");
        assertThat(next.get(new NodeId("n-25")).name()).isEqualTo("first");
        assertThat(next.get(new NodeId("n-999"))).isNull();
        assertThat(next.values()).hasSize(999).filteredOn(result -> result.name().equals("second")).hasSize(10);
    }

    @Test
    void manyEditsAreFoldedIntoAFreshTableWithTheSameContent() {
        ElementResults next = edited(fullRun(1000), 0, 300, "second", List.of(new NodeId("n-999"), new NodeId("n-5")));
        // Past 256 replaced elements the overlay is folded; the lookups and values are what the overlay gave.
        assertThat(next.get(new NodeId("n-299")).name()).isEqualTo("second");
        assertThat(next.get(new NodeId("n-300")).name()).isEqualTo("first");
        assertThat(next.get(new NodeId("n-5"))).isNull();
        assertThat(next.get(new NodeId("n-999"))).isNull();
        assertThat(next.values()).hasSize(998).filteredOn(result -> result.name().equals("second")).hasSize(299);
        ElementResults after = edited(next, 300, 310, "third", List.of());
        assertThat(after.get(new NodeId("n-305")).name()).isEqualTo("third");
        assertThat(after.get(new NodeId("n-5"))).isNull();
        assertThat(after.values()).hasSize(998);
    }
}
