package org.threatmesh.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnifiedDiffTest {

    @Test
    void showsChangedLinesWithContext() {
        String diff = UnifiedDiff.of("golden", "a\nb\nc\nd\ne\nf\ng\nh\n", "actual", "a\nb\nc\nd\nE\nf\ng\nh\n");
        assertThat(diff).isEqualTo("--- golden\n+++ actual\n@@ -2 +2 @@\n b\n c\n d\n-e\n+E\n f\n g\n h\n");
    }
}
