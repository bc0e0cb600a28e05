package org.threatmesh.export.yaml;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;

/**
 * The one configured YAML writer of the exporters. Every option is set once on the factory (setting the
 * document-start marker per call is ignored by Jackson 2.x, jackson-dataformats-text#215): no {@code ---} from
 * Jackson (documents are separated here), LF line breaks, no line folding, quotes only where YAML needs them,
 * strings unquoted only where no reader could mistake them ({@link ConservativeQuoting}), block sequences indented under their key.
 *
 * <p>Model text only ever reaches the output as a scalar value produced by SnakeYAML's emitter, which picks a
 * quoting style (escaping line and paragraph separators, {@code #}, {@code ---}, braces and the like) so the value
 * cannot break out of its scalar. Comments are written here and carry only {@linkplain #comment sanitised} text.
 *
 * <p>Thread-safe: the mapper is immutable after construction.
 */
public final class YamlWriter {

    private static final int NO_FOLDING = Integer.MAX_VALUE;

    private final ObjectWriter writer;

    public YamlWriter() {
        DumperOptions options = new DumperOptions();
        options.setLineBreak(DumperOptions.LineBreak.UNIX);
        options.setWidth(NO_FOLDING);
        options.setSplitLines(false);
        options.setAllowUnicode(true);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        YAMLFactory factory = YAMLFactory.builder()
                .dumperOptions(options)
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .disable(YAMLGenerator.Feature.SPLIT_LINES)
                .disable(YAMLGenerator.Feature.USE_PLATFORM_LINE_BREAKS)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .stringQuotingChecker(new ConservativeQuoting())
                .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
                .build();
        YAMLMapper mapper = new YAMLMapper(factory);
        mapper.disable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
        this.writer = mapper.writer();
    }

    /**
     * Renders documents as one YAML stream: each document is preceded by its comment lines and separated from the
     * previous one by {@code ---}. Map entries keep their insertion order.
     *
     * @param documents the documents in output order; values are maps, lists, strings, numbers and booleans
     */
    public String stream(List<CommentedValue> documents) {
        StringBuilder out = new StringBuilder();
        for (CommentedValue document : documents) {
            if (out.length() > 0) {
                out.append("---\n");
            }
            appendComments(out, document.comments(), "");
            out.append(value(document.value()));
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
            out.append(value(scalars));
        }
        for (Map.Entry<String, List<CommentedValue>> section : sections.entrySet()) {
            if (section.getValue().isEmpty()) {
                continue;
            }
            out.append(section.getKey()).append(":\n");
            for (CommentedValue item : section.getValue()) {
                appendComments(out, item.comments(), "  ");
                String rendered = value(List.of(item.value()));
                for (String line : rendered.split("\n", -1)) {
                    if (!line.isEmpty()) {
                        out.append("  ").append(line).append('\n');
                    }
                }
            }
        }
        return out.toString();
    }

    /** Renders one value as a YAML document body ending in a newline. */
    public String value(Object value) {
        try {
            String text = writer.writeValueAsString(value);
            return text.endsWith("\n") ? text : text + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("document model holds a value YAML cannot represent", e);
        }
    }

    /**
     * Makes text safe for a {@code #} comment line: anything outside printable ASCII (including the Unicode line
     * and paragraph separators YAML 1.1 treats as line breaks) becomes {@code ?}.
     */
    public static String comment(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c >= 0x20 && c < 0x7f ? c : '?');
        }
        return out.toString();
    }

    private static void appendComments(StringBuilder out, List<String> comments, String indent) {
        for (String line : comments) {
            String safe = comment(line);
            out.append(indent).append(safe.isEmpty() ? "#" : "# " + safe).append('\n');
        }
    }
}
