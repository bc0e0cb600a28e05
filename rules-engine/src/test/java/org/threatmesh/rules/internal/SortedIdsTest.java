package org.threatmesh.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.threatmesh.model.NodeId;

/** A sorted id array answers as the tree set of the same ids did: same members, same order. */
class SortedIdsTest {

    @Test
    void matchesATreeSetOfTheSameIdsIncludingDuplicates() {
        Random random = new Random(11);
        for (int round = 0; round < 300; round++) {
            int count = random.nextInt(12);
            NodeId[] ids = new NodeId[count + random.nextInt(3)];
            TreeSet<NodeId> expected = new TreeSet<>();
            for (int i = 0; i < count; i++) {
                ids[i] = new NodeId("n-" + random.nextInt(8));
                expected.add(ids[i]);
            }
            Set<NodeId> actual = SortedIds.sortingInPlace(ids, count);
            assertThat(actual).containsExactlyElementsOf(expected);
            assertThat(actual).isEqualTo(expected).hasSameHashCodeAs(expected);
            for (int i = 0; i < 8; i++) {
                NodeId probe = new NodeId("n-" + i);
                assertThat(actual.contains(probe)).isEqualTo(expected.contains(probe));
            }
            assertThat(actual.contains("n-1")).isFalse();
        }
    }
}
