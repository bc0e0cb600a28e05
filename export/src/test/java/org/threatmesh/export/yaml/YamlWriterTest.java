package org.threatmesh.export.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class YamlWriterTest {

    private final YamlWriter yaml = new YamlWriter();

    @Test
    void writesKubernetesBlockStyleWithFixedOrder() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("kind", "Example");
        doc.put("spec", Map.of());
        doc.put("items", List.of(Map.of("a", 1), List.of("x", List.of()), "on", "8080", true));
        doc.put("empty", List.of());
        assertThat(yaml.value(doc)).isEqualTo("""
                kind: Example
                spec: {}
                items:
                  - a: 1
                  - - x
                    - []
                  - "on"
                  - "8080"
                  - true
                empty: []
                """);
    }

    @Test
    void everyShapeReadsBackAsTheSameTree() throws IOException {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("nested", List.of(List.of(Map.of("k", List.of(Map.of("deep", "v: #1")))), Map.of()));
        doc.put("key: with colon", "\u0000\u0085\u2028\u2029\ufeff\t\"\\ é 购 🛒");
        doc.put("_format_version", "3.0");
        JsonNode read = new YAMLMapper().readTree(yaml.value(doc));
        assertThat(read).isEqualTo(new ObjectMapper().valueToTree(doc));
    }

    @Test
    void sectionedDocumentsIndentItemsUnderTheirKeyWithCommentsAligned() throws IOException {
        String text = yaml.sectioned(Map.of("_format_version", "3.0"), Map.of("services",
                List.of(new CommentedValue(List.of("first\u2028line"), Map.of("name", "a")))));
        assertThat(text).isEqualTo("""
                _format_version: "3.0"
                services:
                  # first?line
                  - name: a
                """);
        assertThat(new YAMLMapper().readTree(text).get("services").get(0).get("name").asText()).isEqualTo("a");
    }
}
