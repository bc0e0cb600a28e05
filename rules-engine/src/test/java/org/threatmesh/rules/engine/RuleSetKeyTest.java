package org.threatmesh.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleSetKeyTest {

    @Test
    void aProbeFindsTheKeyCopiedFromItWhereverTheSetLies() {
        // Two sets of two words each: {0, 63, 64, 127} and {5}, then the first set again at offset 4.
        long[] words = {1L | 1L << 63, 1L | 1L << 63, 1L << 5, 0L, 1L | 1L << 63, 1L | 1L << 63};
        RuleSetKey first = new RuleSetKey().pointAt(words, 0, 2).copy();
        RuleSetKey probe = new RuleSetKey();
        assertThat(probe.pointAt(words, 4, 2)).isEqualTo(first).hasSameHashCodeAs(first);
        assertThat(probe.pointAt(words, 2, 2)).isNotEqualTo(first);
        words[0] = 0;
        // The copy does not see later changes.
        List<Integer> rules = new ArrayList<>();
        for (int rule = first.nextRule(0); rule >= 0; rule = first.nextRule(rule + 1)) {
            rules.add(rule);
        }
        assertThat(rules).containsExactly(0, 63, 64, 127);
        assertThat(probe.pointAt(words, 2, 2).nextRule(0)).isEqualTo(5);
        assertThat(probe.nextRule(6)).isEqualTo(-1);
    }
}
