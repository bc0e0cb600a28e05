package org.threatmesh.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChunkedParallelTest {

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 31, 32, 33, 1000})
    void mapsEveryItemInItemOrder(int size) {
        List<Integer> items = IntStream.range(0, size).boxed().toList();

        assertThat(ChunkedParallel.map(items, i -> i * 3)).containsExactlyElementsOf(
                IntStream.range(0, size).map(i -> i * 3).boxed().toList());
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 64, 65, 5000})
    void appliesTheFunctionToEveryItemExactlyOnceWhenThreadsMeetInTheMiddle(int size) {
        List<Integer> items = IntStream.range(0, size).boxed().toList();
        java.util.concurrent.atomic.AtomicIntegerArray calls = new java.util.concurrent.atomic.AtomicIntegerArray(size);

        for (int round = 0; round < 20; round++) {
            ChunkedParallel.map(items, i -> calls.incrementAndGet(i));
        }

        assertThat(IntStream.range(0, size).map(calls::get).boxed().toList()).containsOnly(20);
    }

    @ParameterizedTest
    @ValueSource(ints = {5, 700})
    void aFailureOnAnyThreadReachesTheCaller(int failing) {
        List<Integer> items = IntStream.range(0, 1000).boxed().toList();

        assertThatThrownBy(() -> ChunkedParallel.map(items, i -> {
            if (i == failing) {
                throw new IllegalStateException("item " + i + " failed");
            }
            return i;
        })).isInstanceOf(IllegalStateException.class).hasMessageContaining("item " + failing + " failed");
    }
}
