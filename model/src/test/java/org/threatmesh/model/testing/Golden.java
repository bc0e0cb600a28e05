package org.threatmesh.model.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Golden-file comparison shared by every module's tests. Compares UTF-8 text with LF line endings; a mismatch
 * fails with a unified diff. Goldens are rewritten only when the system property {@code golden.update=true} is
 * set, and the rewritten files are then reviewed like code.
 */
public final class Golden {

    private Golden() {
    }

    /**
     * Asserts that {@code actual} equals the golden file at {@code goldenFile} (a path in the module's source
     * tree, for example {@code src/test/resources/golden/online-shop/findings.json}).
     */
    public static void assertMatches(Path goldenFile, String actual) {
        if (actual.contains("\r")) {
            throw new AssertionError("output contains a carriage return; goldens are LF only");
        }
        try {
            if (Boolean.getBoolean("golden.update")) {
                Files.createDirectories(goldenFile.toAbsolutePath().getParent());
                Files.writeString(goldenFile, actual, StandardCharsets.UTF_8);
                return;
            }
            if (!Files.exists(goldenFile)) {
                throw new AssertionError("golden file " + goldenFile + " does not exist; run with -Dgolden.update=true "
                        + "to create it, then review it");
            }
            String expected = Files.readString(goldenFile, StandardCharsets.UTF_8);
            if (!expected.equals(actual)) {
                throw new AssertionError("output differs from " + goldenFile + " (run with -Dgolden.update=true to "
                        + "accept, then review the diff):\n" + unifiedDiff(expected, actual));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A unified diff of two texts, with three lines of context. */
    public static String unifiedDiff(String expected, String actual) {
        List<String> a = List.of(expected.split("\n", -1));
        List<String> b = List.of(actual.split("\n", -1));
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<String> lines = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                lines.add("  " + a.get(i));
                i++;
                j++;
            } else if (j < b.size() && (i == a.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
                lines.add("+ " + b.get(j++));
            } else {
                lines.add("- " + a.get(i++));
            }
        }
        StringBuilder out = new StringBuilder("--- expected\n+++ actual\n");
        for (int k = 0; k < lines.size(); k++) {
            boolean near = false;
            for (int d = -3; d <= 3 && !near; d++) {
                int m = k + d;
                near = m >= 0 && m < lines.size() && !lines.get(m).startsWith("  ");
            }
            if (near) {
                out.append(lines.get(k)).append('\n');
            }
        }
        return out.toString();
    }
}
