package org.threatmesh.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.threatmesh.model.EdgeId;
import org.threatmesh.model.ElementId;
import org.threatmesh.model.NodeId;

class IdNumbersTest {

    @Test
    void numbersEachIdByItsPositionAndOthersAsMinusOne() {
        IdNumbers numbers = IdNumbers.of(new ElementId[] {new NodeId("b"), new NodeId("a"), new EdgeId("a")});
        assertThat(numbers.numberOf(new NodeId("b"))).isZero();
        assertThat(numbers.numberOf(new NodeId("a"))).isEqualTo(1);
        // Same spelling, other element type: another id.
        assertThat(numbers.numberOf(new EdgeId("a"))).isEqualTo(2);
        assertThat(numbers.numberOf(new EdgeId("b"))).isEqualTo(-1);
        assertThat(IdNumbers.of(new ElementId[0]).numberOf(new NodeId("a"))).isEqualTo(-1);
    }

    @Test
    void refusesTheSameIdTwice() {
        assertThatThrownBy(() -> IdNumbers.of(new ElementId[] {new NodeId("a"), new NodeId("b"), new NodeId("a")}))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("duplicate id a");
    }

    @Property(tries = 50)
    void findsEveryIdOfAnyCountAmongCollidingNeighbours(@ForAll @IntRange(min = 1, max = 3000) int count) {
        ElementId[] ids = new ElementId[count];
        for (int i = 0; i < count; i++) {
            ids[i] = new NodeId(String.format("n-svc-%05d", i));
        }
        IdNumbers numbers = IdNumbers.of(ids);
        for (int i = 0; i < count; i++) {
            assertThat(numbers.numberOf(new NodeId(String.format("n-svc-%05d", i)))).isEqualTo(i);
        }
        assertThat(numbers.numberOf(new NodeId(String.format("n-svc-%05d", count)))).isEqualTo(-1);
    }

    @Test
    void byIdFindsTheValueAtTheIdsPosition() {
        ById<String> byId = ById.of(new ElementId[] {new NodeId("x"), new NodeId("y")}, new String[] {"first", "second"});
        assertThat(byId.get(new NodeId("y"))).isEqualTo("second");
        assertThat(byId.get(new NodeId("z"))).isNull();
        assertThat(byId.size()).isEqualTo(2);
        assertThatThrownBy(() -> ById.of(new ElementId[] {new NodeId("x")}, new String[0]))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("1 ids for 0 values");
    }
}
