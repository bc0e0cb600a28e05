package org.threatmesh.export.config;

import org.threatmesh.export.manifest.Resource;
import org.threatmesh.export.manifest.ResourceKind;
import org.threatmesh.export.manifest.Placeholder;
import org.threatmesh.export.manifest.Target;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.threatmesh.export.yaml.CommentedValue;
import org.threatmesh.export.yaml.YamlWriter;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.rules.Finding;
import org.threatmesh.rules.Strategy;

/** Stage 2: renders a {@link ConfigPlan} to one YAML file per target and kind, plus the README. */
final class ConfigRenderer {

    /** decK file format version the Kong output targets (Kong Gateway 3.x). */
    static final String KONG_FORMAT_VERSION = "3.0";
    private static final int COMMENT_WIDTH = 100;

    private final YamlWriter yaml = new YamlWriter();

    ConfigBundle render(ThreatModel model, ConfigPlan plan, Set<Target> targets) {
        Map<String, List<CommentedValue>> byPath = new TreeMap<>();
        Map<String, ResourceKind> kindOfPath = new TreeMap<>();
        for (int i = 0; i < plan.resources().size(); i++) {
            Resource resource = plan.resources().get(i);
            byPath.computeIfAbsent(resource.kind().path(), k -> new ArrayList<>())
                    .add(new CommentedValue(comments(resource, plan.mitigated().get(i)), resource.body()));
            kindOfPath.putIfAbsent(resource.kind().path(), resource.kind());
        }
        Map<String, byte[]> files = new TreeMap<>();
        for (Map.Entry<String, List<CommentedValue>> file : byPath.entrySet()) {
            String text = kindOfPath.get(file.getKey()).target() == Target.KONG
                    ? kong(plan) : yaml.stream(file.getValue());
            files.put(file.getKey(), text.getBytes(StandardCharsets.UTF_8));
        }
        String readme = new ReadmeWriter().write(model, plan, targets);
        files.put(ConfigBundle.README, readme.getBytes(StandardCharsets.UTF_8));
        return new ConfigBundle(files, plan);
    }

    private String kong(ConfigPlan plan) {
        Map<String, List<CommentedValue>> sections = new LinkedHashMap<>();
        sections.put("services", new ArrayList<>());
        sections.put("consumers", new ArrayList<>());
        for (int i = 0; i < plan.resources().size(); i++) {
            Resource resource = plan.resources().get(i);
            String section = switch (resource.kind()) {
                case KONG_SERVICE -> "services";
                case KONG_CONSUMER -> "consumers";
                default -> null;
            };
            if (section != null) {
                sections.get(section).add(new CommentedValue(comments(resource, plan.mitigated().get(i)),
                        resource.body()));
            }
        }
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("_format_version", KONG_FORMAT_VERSION);
        return "# Kong declarative configuration (decK). Apply with: deck gateway sync kong.yaml\n"
                + yaml.sectioned(header, sections);
    }

    /** The comment above a resource: what it is, what it mitigates, and what to fill in. */
    static List<String> comments(Resource resource, List<Finding> mitigated) {
        List<String> lines = new ArrayList<>();
        String id = resource.namespace().isEmpty() ? resource.name() : resource.namespace() + "/" + resource.name();
        lines.add(resource.kind().kind() + " " + id + ": " + resource.purpose());
        SortedSet<Strategy> strategies = new TreeSet<>(resource.coverage().strategies());
        mitigated.forEach(f -> strategies.addAll(f.strategies()));
        List<String> strategyIds = strategies.stream().map(Strategy::id).toList();
        String references = String.join(", ", resource.coverage().references());
        lines.add("mitigates: " + (strategyIds.isEmpty() ? references
                : String.join(", ", strategyIds) + " (" + references + ")"));
        if (mitigated.isEmpty()) {
            lines.add("mitigates findings: none among the findings given to the export");
        } else {
            wrap(lines, "mitigates findings: ", mitigated.stream().map(Finding::key).toList());
        }
        if (!resource.placeholders().isEmpty()) {
            wrap(lines, "fill in: ", new TreeSet<>(resource.placeholders().stream().map(Placeholder::token)
                    .toList()).stream().toList());
        }
        return lines;
    }

    private static void wrap(List<String> lines, String label, List<String> items) {
        StringBuilder line = new StringBuilder(label);
        boolean lineHasItem = false;
        for (int i = 0; i < items.size(); i++) {
            String piece = items.get(i) + (i + 1 < items.size() ? "," : "");
            if (lineHasItem && line.length() + 1 + piece.length() > COMMENT_WIDTH) {
                lines.add(line.toString());
                line = new StringBuilder("  ");
                lineHasItem = false;
            }
            if (lineHasItem) {
                line.append(' ');
            }
            line.append(piece);
            lineHasItem = true;
        }
        lines.add(line.toString());
    }
}
