package org.threatmesh.export.yaml;

import java.util.List;
import java.util.Map;

/**
 * The one YAML writer of the exporters. It writes the block style Kubernetes tools use (two-space indent,
 * sequences indented under their key, LF line ends, no folding, no document-start marker of its own; documents
 * are separated here by {@code ---}), from the document model's maps, lists, strings, numbers and booleans. Maps
 * keep their insertion order, so output order is fixed by the document model.
 *
 * <p>Scalars are plain only when {@link ConservativeQuoting} finds no YAML 1.1 or 1.2 reader could read them as
 * anything else; every other string is double-quoted with escapes for quotes, backslashes, control characters and
 * the characters YAML 1.1 treats as line breaks ({@code U+0085}, {@code U+2028}, {@code U+2029}), so model text
 * cannot leave its scalar. Comments are written here and carry only {@linkplain #comment sanitised} text.
 *
 * <p>It replaces Jackson's YAML generator for output: SnakeYAML's emitter analyses every scalar several times and
 * made rendering a 5,000-service export the bottleneck (docs/decisions/0030). Jackson still parses YAML in the
 * tests, which checks this writer. Stateless and thread-safe.
 */
public final class YamlWriter {

    private static final String INDENT = "  ";

    /**
     * Renders documents as one YAML stream: each document is preceded by its comment lines and separated from the
     * previous one by {@code ---}.
     */
    public String stream(List<CommentedValue> documents) {
        StringBuilder out = new StringBuilder(documents.size() * 1024);
        for (CommentedValue document : documents) {
            if (out.length() > 0) {
                out.append("---\n");
            }
            appendComments(out, document.comments(), "");
            appendValue(out, document.value(), 0);
        }
        return out.toString();
    }

    /**
     * Renders a single mapping whose listed keys hold sequences of commented items, for formats such as decK that
     * keep many entities in one document. Keys in {@code scalars} come first, then each key of {@code sections}
     * (constant identifiers chosen by the exporter, never model text); empty sections are left out.
     */
    public String sectioned(Map<String, Object> scalars, Map<String, List<CommentedValue>> sections) {
        StringBuilder out = new StringBuilder();
        if (!scalars.isEmpty()) {
            appendValue(out, scalars, 0);
        }
        for (Map.Entry<String, List<CommentedValue>> section : sections.entrySet()) {
            if (section.getValue().isEmpty()) {
                continue;
            }
            appendScalar(out, section.getKey());
            out.append(":\n");
            for (CommentedValue item : section.getValue()) {
                appendComments(out, item.comments(), INDENT);
                appendValue(out, List.of(item.value()), 1);
            }
        }
        return out.toString();
    }

    /** Renders one value as a YAML document body ending in a newline. */
    public String value(Object value) {
        StringBuilder out = new StringBuilder();
        appendValue(out, value, 0);
        return out.toString();
    }

    /**
     * Makes text safe for a {@code #} comment line: anything outside printable ASCII (including the Unicode line
     * and paragraph separators YAML 1.1 treats as line breaks) becomes {@code ?}.
     */
    public static String comment(String text) {
        if (isPrintableAscii(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c >= 0x20 && c < 0x7f ? c : '?');
        }
        return out.toString();
    }

    private static boolean isPrintableAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c >= 0x7f) {
                return false;
            }
        }
        return true;
    }

    /** Writes a top-level or nested value that starts on a fresh line at {@code depth}. */
    private static void appendValue(StringBuilder out, Object value, int depth) {
        if (value instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                indent(out, depth).append("{}\n");
                return;
            }
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                indent(out, depth);
                appendEntry(out, entry, depth);
            }
        } else if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                indent(out, depth).append("[]\n");
                return;
            }
            for (Object item : list) {
                indent(out, depth).append("- ");
                appendItem(out, item, depth + 1);
            }
        } else {
            indent(out, depth);
            appendScalar(out, value);
            out.append('\n');
        }
    }

    /** Writes "key: value" where the cursor already stands at the key's column. */
    private static void appendEntry(StringBuilder out, Map.Entry<?, ?> entry, int depth) {
        appendScalar(out, entry.getKey());
        Object value = entry.getValue();
        if (value instanceof Map<?, ?> map && !map.isEmpty()) {
            out.append(":\n");
            appendValue(out, map, depth + 1);
        } else if (value instanceof List<?> list && !list.isEmpty()) {
            out.append(":\n");
            appendValue(out, list, depth + 1);
        } else if (value instanceof Map<?, ?>) {
            out.append(": {}\n");
        } else if (value instanceof List<?>) {
            out.append(": []\n");
        } else {
            out.append(": ");
            appendScalar(out, value);
            out.append('\n');
        }
    }

    /** Writes a sequence item after its "- ", its first line continuing the dash's line. */
    private static void appendItem(StringBuilder out, Object item, int depth) {
        if (item instanceof Map<?, ?> map && !map.isEmpty()) {
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!first) {
                    indent(out, depth);
                }
                appendEntry(out, entry, depth);
                first = false;
            }
        } else if (item instanceof List<?> list && !list.isEmpty()) {
            boolean first = true;
            for (Object inner : list) {
                if (!first) {
                    indent(out, depth);
                }
                out.append("- ");
                appendItem(out, inner, depth + 1);
                first = false;
            }
        } else if (item instanceof Map<?, ?>) {
            out.append("{}\n");
        } else if (item instanceof List<?>) {
            out.append("[]\n");
        } else {
            appendScalar(out, item);
            out.append('\n');
        }
    }

    private static void appendScalar(StringBuilder out, Object value) {
        if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
            out.append(value);
        } else if (value instanceof String text) {
            if (ConservativeQuoting.isPlainSafe(text)) {
                out.append(text);
            } else {
                appendDoubleQuoted(out, text);
            }
        } else {
            throw new IllegalArgumentException("the document model holds a value YAML output does not support: "
                    + (value == null ? "null" : value.getClass().getName()));
        }
    }

    private static void appendDoubleQuoted(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c >= 0x20 && c < 0x7f) {
                out.append(c);
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (isPrintableBeyondAscii(c)) {
                out.append(c);
            } else {
                out.append(String.format("\\u%04x", (int) c));
            }
        }
        out.append('"');
    }

    /** YAML 1.1 printable characters above ASCII, minus the ones it reads as line breaks and the byte-order mark. */
    private static boolean isPrintableBeyondAscii(char c) {
        return (c >= 0xa0 && c <= 0xd7ff && c != 0x2028 && c != 0x2029)
                || (c >= 0xe000 && c <= 0xfffd && c != 0xfeff);
    }

    private static StringBuilder indent(StringBuilder out, int depth) {
        for (int i = 0; i < depth; i++) {
            out.append(INDENT);
        }
        return out;
    }

    private static void appendComments(StringBuilder out, List<String> comments, String indent) {
        for (String line : comments) {
            String safe = comment(line);
            out.append(indent).append('#');
            if (!safe.isEmpty()) {
                out.append(' ').append(safe);
            }
            out.append('\n');
        }
    }
}
