package org.threatmesh.export.config;

import java.util.ArrayList;
import java.util.List;

/** A small line-based unified diff (LCS) for golden-file failures. */
final class UnifiedDiff {

    private static final int CONTEXT = 3;

    private UnifiedDiff() {
    }

    static String of(String fromName, String toName, String from, String to) {
        String[] a = from.split("\n", -1);
        String[] b = to.split("\n", -1);
        int[][] lcs = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<String> lines = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                lines.add(" " + a[i++]);
                j++;
            } else if (j < b.length && (i == a.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
                lines.add("+" + b[j++]);
            } else {
                lines.add("-" + a[i++]);
            }
        }
        StringBuilder out = new StringBuilder("--- " + fromName + "\n+++ " + toName + "\n");
        int last = -CONTEXT - 1;
        for (int k = 0; k < lines.size(); k++) {
            if (!lines.get(k).startsWith(" ")) {
                int start = Math.max(k - CONTEXT, last + CONTEXT + 1);
                if (start > last + CONTEXT + 1 || last < 0) {
                    out.append("@@ line ").append(k + 1).append(" @@\n");
                }
                for (int c = Math.max(start, 0); c < k; c++) {
                    out.append(lines.get(c)).append('\n');
                }
                out.append(lines.get(k)).append('\n');
                int end = Math.min(lines.size(), k + CONTEXT + 1);
                for (int c = k + 1; c < end && lines.get(c).startsWith(" "); c++) {
                    out.append(lines.get(c)).append('\n');
                    k = c;
                }
                last = k;
            }
        }
        return out.toString();
    }
}
