package org.threatmesh.rules.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GoldenFilesTest {

    @Test
    void unifiedDiffShowsChangedLinesWithContext() {
        String diff = GoldenFiles.unifiedDiff("a\nb\nc\nd\n", "a\nB\nc\nd\ne\n", "golden", "actual");
        assertThat(diff).isEqualTo("--- golden\n+++ actual\n@@ -1,5 +1,6 @@\n a\n-b\n+B\n c\n d\n+e\n \n");
    }
}
