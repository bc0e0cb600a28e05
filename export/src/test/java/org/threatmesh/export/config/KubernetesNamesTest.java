package org.threatmesh.export.config;

import org.threatmesh.export.manifest.Resource;
import org.threatmesh.export.manifest.Target;
import org.threatmesh.export.manifest.KubernetesNames;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.threatmesh.export.yaml.CommentedValue;
import org.threatmesh.export.yaml.YamlWriter;

class KubernetesNamesTest {

    @Test
    void hostileNamesBecomeUniqueValidLabels() {
        Map<String, String> wanted = new LinkedHashMap<>();
        for (int i = 0; i < HostileModels.NAMES.size(); i++) {
            wanted.put("n-" + i, HostileModels.NAMES.get(i));
        }
        Map<String, String> labels = KubernetesNames.assign(wanted, KubernetesNames.MAX_LABEL);
        assertThat(labels.values()).allMatch(KubernetesNames::isLabel);
        assertThat(new HashSet<>(labels.values())).hasSize(wanted.size());
        assertThat(labels.values()).noneMatch(l -> l.contains(".."));
    }

    @Test
    void collidingNamesAllGetTheirOwnStableHashSuffix() {
        Map<String, String> labels = KubernetesNames.assign(Map.of("n-a", "Cart", "n-b", "cart", "n-c", "Orders"),
                KubernetesNames.MAX_LABEL);
        assertThat(labels).containsEntry("n-a", "cart-" + KubernetesNames.hashSuffix("n-a"))
                .containsEntry("n-b", "cart-" + KubernetesNames.hashSuffix("n-b"))
                .containsEntry("n-c", "orders");
        assertThat(KubernetesNames.hashSuffix("n-a")).matches("[0-9a-f]{8}").isNotEqualTo(
                KubernetesNames.hashSuffix("n-b"));
    }

    @Test
    void longNamesAreCutWithASuffixAndStayWithinTheLimit() {
        Map<String, String> labels = KubernetesNames.assign(Map.of("n-long", "Very Long Service ".repeat(10)),
                KubernetesNames.MAX_LABEL);
        assertThat(labels.get("n-long")).hasSizeLessThanOrEqualTo(63)
                .endsWith("-" + KubernetesNames.hashSuffix("n-long")).startsWith("very-long-service-very");
    }

    @Test
    void nonLatinNamesGetAHashNameInsteadOfAnEmptyOne() {
        Map<String, String> labels = KubernetesNames.assign(Map.of("n-cjk", "购物车服务", "n-emoji", "🛒🔥"), 63);
        assertThat(labels.get("n-cjk")).isEqualTo("x-" + KubernetesNames.hashSuffix("n-cjk"));
        assertThat(labels.get("n-emoji")).isEqualTo("x-" + KubernetesNames.hashSuffix("n-emoji"));
    }

    @Test
    void hostileValuesRoundTripExactlyAndCommentsStayComments() throws IOException {
        List<CommentedValue> documents = new ArrayList<>();
        for (String name : HostileModels.NAMES) {
            documents.add(new CommentedValue(List.of("about " + name), Map.of("value", name)));
        }
        String yaml = new YamlWriter().stream(documents);
        List<String> read = new ArrayList<>();
        try (MappingIterator<JsonNode> it = new YAMLMapper().readerFor(JsonNode.class).readValues(yaml)) {
            while (it.hasNext()) {
                JsonNode document = it.next();
                assertThat(document.size()).isEqualTo(1);
                assertThat(document.get("value").isTextual()).isTrue();
                read.add(document.get("value").asText());
            }
        }
        assertThat(read).containsExactlyElementsOf(HostileModels.NAMES);
        for (String line : yaml.split("\n")) {
            assertThat(line).doesNotContain("\u2028", "\u2029", "\r");
        }
    }

    @Test
    void hostileModelExportsOnlyLabelNamesAndNoPlaceholderOrPathEscapes() {
        ConfigBundle bundle = new ConfigExporter().plan(HostileModels.hostileServices(), List.of(),
                EnumSet.allOf(Target.class));
        assertThat(bundle.paths()).allMatch(p -> !p.contains("..") && !p.startsWith("/"));
        for (Resource resource : bundle.plan().resources()) {
            if (!resource.kind().apiVersion().isEmpty()) {
                assertThat(KubernetesNames.isSubdomainName(resource.name())).as(resource.name()).isTrue();
                assertThat(resource.namespace().isEmpty() || KubernetesNames.isLabel(resource.namespace()))
                        .as(resource.namespace()).isTrue();
            }
        }
        assertThat(bundle.readme()).contains("replace-me-root-namespace", "REPLACE-ME-trust-domain",
                "REPLACE-ME-host-of-");
    }
}
