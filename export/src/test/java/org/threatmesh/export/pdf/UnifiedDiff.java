package org.threatmesh.export.pdf;

import java.util.ArrayList;
import java.util.List;

/** A line-based unified diff for golden-file failures, so a reviewer sees what changed, not just "not equal". */
final class UnifiedDiff {

    private static final int CONTEXT = 3;

    private UnifiedDiff() {
    }

    static String of(String expectedName, String expected, String actualName, String actual) {
        List<String> a = List.of(expected.split("\n", -1));
        List<String> b = List.of(actual.split("\n", -1));
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<String> lines = new ArrayList<>();
        List<int[]> positions = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                lines.add(" " + a.get(i));
                positions.add(new int[] {i++, j++});
            } else if (i < a.size() && (j == b.size() || lcs[i + 1][j] >= lcs[i][j + 1])) {
                lines.add("-" + a.get(i));
                positions.add(new int[] {i++, j});
            } else {
                lines.add("+" + b.get(j));
                positions.add(new int[] {i, j++});
            }
        }
        StringBuilder out = new StringBuilder("--- " + expectedName + "\n+++ " + actualName + "\n");
        int k = 0;
        while (k < lines.size()) {
            if (lines.get(k).startsWith(" ")) {
                k++;
                continue;
            }
            int start = Math.max(0, k - CONTEXT);
            int end = k;
            int quiet = 0;
            while (end < lines.size() && quiet <= 2 * CONTEXT) {
                quiet = lines.get(end).startsWith(" ") ? quiet + 1 : 0;
                end++;
            }
            end = Math.min(lines.size(), end - Math.max(0, quiet - CONTEXT));
            out.append("@@ -").append(positions.get(start)[0] + 1).append(" +").append(positions.get(start)[1] + 1)
                    .append(" @@\n");
            for (int line = start; line < end; line++) {
                out.append(lines.get(line)).append('\n');
            }
            k = end;
        }
        return out.toString();
    }
}
