package org.threatmesh.rules.testing;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Golden-file comparison: text is compared as UTF-8 with LF line endings; a mismatch fails with a unified diff.
 * Run with {@code -Dgolden.update=true} to (re)write the golden files, then review them like code.
 */
public final class GoldenFiles {

    private GoldenFiles() {
    }

    /** Compares {@code actual} with the golden file under {@code src/test/resources/golden/<relative>}. */
    public static void assertMatches(String relative, String actual) throws IOException {
        Path golden = Path.of("src", "test", "resources", "golden").resolve(relative);
        String normalized = actual.replace("\r\n", "\n");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(golden.getParent());
            org.threatmesh.model.io.ModelFiles.writeAtomically(golden, normalized.getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (!Files.exists(golden)) {
            fail("golden file " + golden + " is missing; run with -Dgolden.update=true to create it");
        }
        String expected = Files.readString(golden, StandardCharsets.UTF_8).replace("\r\n", "\n");
        if (!expected.equals(normalized)) {
            fail("output differs from " + golden + " (run with -Dgolden.update=true to accept):\n"
                    + unifiedDiff(expected, normalized, "golden/" + relative, "actual"));
        }
    }

    /** A unified diff (3 lines of context) between two texts. */
    public static String unifiedDiff(String expected, String actual, String expectedName, String actualName) {
        String[] a = expected.split("\n", -1);
        String[] b = actual.split("\n", -1);
        int[][] lcs = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<String> ops = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                ops.add(" " + a[i++]);
                j++;
            } else if (i < a.length && (j == b.length || lcs[i + 1][j] >= lcs[i][j + 1])) {
                ops.add("-" + a[i++]);
            } else {
                ops.add("+" + b[j++]);
            }
        }
        StringBuilder out = new StringBuilder("--- " + expectedName + "\n+++ " + actualName + "\n");
        int k = 0;
        while (k < ops.size()) {
            if (ops.get(k).startsWith(" ")) {
                k++;
                continue;
            }
            int start = Math.max(0, k - 3);
            int end = k;
            int quiet = 0;
            while (end < ops.size() && quiet <= 6) {
                quiet = ops.get(end).startsWith(" ") ? quiet + 1 : 0;
                end++;
            }
            end = Math.min(ops.size(), end - Math.max(0, quiet - 3));
            int oldLine = 1 + (int) ops.subList(0, start).stream().filter(op -> !op.startsWith("+")).count();
            int newLine = 1 + (int) ops.subList(0, start).stream().filter(op -> !op.startsWith("-")).count();
            List<String> hunk = ops.subList(start, end);
            out.append("@@ -").append(oldLine).append(',').append(hunk.stream().filter(op -> !op.startsWith("+")).count())
                    .append(" +").append(newLine).append(',').append(hunk.stream().filter(op -> !op.startsWith("-")).count())
                    .append(" @@\n");
            hunk.forEach(line -> out.append(line).append('\n'));
            k = end;
        }
        return out.toString();
    }
}
