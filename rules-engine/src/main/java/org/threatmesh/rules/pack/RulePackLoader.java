package org.threatmesh.rules.pack;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.attr.WireEnum;
import org.threatmesh.rules.Reference;
import org.threatmesh.rules.Rule;
import org.threatmesh.rules.RuleKind;
import org.threatmesh.rules.RuleMetadata;
import org.threatmesh.rules.Severity;
import org.threatmesh.rules.Strategy;
import org.threatmesh.rules.Stride;
import org.threatmesh.rules.Targets;
import org.threatmesh.rules.engine.NeedsReview;

/**
 * Loads custom rule packs (format in docs/rule-packs.md). Every rule's metadata is checked and its CEL condition
 * parsed and type-checked once, here; a pack with any problem is refused whole, with one message per problem
 * naming the file, the rule and the line and column. A pack may not reuse a built-in id.
 */
public final class RulePackLoader {

    private static final long MAX_PACK_BYTES = 1024 * 1024;
    private static final Set<String> RULE_FIELDS = Set.of("id", "title", "rationale", "remediation", "severity",
            "severityReason", "stride", "strategies", "references", "target", "kinds", "artefacts", "kind",
            "extension", "message", "condition");

    private final Set<String> reserved = new HashSet<>();

    /** @param builtIns the rules a pack may not shadow */
    public RulePackLoader(List<Rule> builtIns) {
        for (Rule rule : builtIns) {
            reserved.add(rule.metadata().id());
        }
        reserved.add(NeedsReview.RULE_ID);
    }

    /** Loads the pack in {@code file}. */
    public RulePack load(Path file) throws RulePackException {
        try {
            if (Files.size(file) > MAX_PACK_BYTES) {
                throw new RulePackException(List.of(file + ": rule pack is larger than 1 MB"));
            }
            return load(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new RulePackException(List.of(file + ": cannot read rule pack: " + e.getMessage()));
        }
    }

    /** Loads a pack from text; {@code fileName} is used in messages. */
    public RulePack load(String yaml, String fileName) throws RulePackException {
        ObjectMapper mapper = new ObjectMapper(new YAMLFactory());
        JsonNode root;
        Map<String, int[]> locations = new HashMap<>();
        try {
            root = mapper.readTree(yaml);
            locate(new YAMLFactory().createParser(yaml), locations);
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            throw new RulePackException(List.of(fileName + ":" + (where == null ? 1 : where.getLineNr()) + ":"
                    + (where == null ? 1 : where.getColumnNr()) + ": not valid YAML: " + e.getOriginalMessage()));
        } catch (IOException e) {
            throw new RulePackException(List.of(fileName + ": cannot read rule pack: " + e.getMessage()));
        }
        List<String> problems = new ArrayList<>();
        if (root == null || !root.isObject() || !root.path("rules").isArray()) {
            throw new RulePackException(List.of(fileName + ":1:1: a rule pack needs a 'rules' list"));
        }
        String packName = root.path("pack").asText(fileName);
        List<Rule> rules = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < root.get("rules").size(); i++) {
            RuleReader reader = new RuleReader(fileName, "/rules/" + i, root.get("rules").get(i), locations, problems);
            Rule rule = reader.read();
            if (rule == null) {
                continue;
            }
            String id = rule.metadata().id();
            if (reserved.contains(id)) {
                reader.problem("", "id '" + id + "' is a built-in rule id; a pack cannot shadow it");
            } else if (!seen.add(id)) {
                reader.problem("", "id '" + id + "' appears twice in the pack");
            } else {
                rules.add(rule);
            }
        }
        if (!problems.isEmpty()) {
            throw new RulePackException(problems);
        }
        return new RulePack(packName, fileName, rules);
    }

    private static void locate(JsonParser parser, Map<String, int[]> locations) throws IOException {
        try (parser) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token != JsonToken.FIELD_NAME && token != JsonToken.END_OBJECT && token != JsonToken.END_ARRAY) {
                    JsonLocation where = parser.currentTokenLocation();
                    locations.putIfAbsent(parser.getParsingContext().pathAsPointer().toString(),
                            new int[] {where.getLineNr(), where.getColumnNr()});
                }
            }
        }
    }

    /** Reads one entry of the rules list, reporting problems against its position. */
    private static final class RuleReader {
        private final String file;
        private final String pointer;
        private final JsonNode entry;
        private final Map<String, int[]> locations;
        private final List<String> problems;
        private final int before;
        private String id = "?";

        RuleReader(String file, String pointer, JsonNode entry, Map<String, int[]> locations, List<String> problems) {
            this.file = file;
            this.pointer = pointer;
            this.entry = entry;
            this.locations = locations;
            this.problems = problems;
            this.before = problems.size();
        }

        void problem(String field, String message) {
            int[] where = locations.getOrDefault(pointer + (field.isEmpty() ? "" : "/" + field),
                    locations.getOrDefault(pointer, new int[] {1, 1}));
            problems.add(file + ":" + where[0] + ":" + where[1] + ": rule '" + id + "': " + message);
        }

        Rule read() {
            if (!entry.isObject()) {
                problem("", "each rule must be a mapping");
                return null;
            }
            id = entry.path("id").asText("?");
            for (Iterator<String> names = entry.fieldNames(); names.hasNext();) {
                String name = names.next();
                if (!RULE_FIELDS.contains(name)) {
                    problem(name, "unknown field '" + name + "'");
                }
            }
            String target = text("target");
            Set<NodeKind> kinds = EnumSet.noneOf(NodeKind.class);
            for (String kind : list("kinds")) {
                NodeKind parsed = WireEnum.fromWire(NodeKind.class, kind);
                if (parsed == null) {
                    problem("kinds", "unknown node kind '" + kind + "'");
                } else {
                    kinds.add(parsed);
                }
            }
            Targets targets = null;
            if ("node".equals(target)) {
                if (kinds.isEmpty() && problems.size() == before) {
                    problem("kinds", "a node rule needs 'kinds', for example [service]");
                } else if (!kinds.isEmpty()) {
                    targets = Targets.nodes(kinds);
                }
            } else if ("edge".equals(target)) {
                targets = Targets.edges();
            } else {
                problem("target", "target must be node or edge");
            }
            Severity severity = WireEnum.fromWire(Severity.class, text("severity"));
            if (severity == null) {
                problem("severity", "severity must be low, medium, high or critical");
            }
            Set<Stride> stride = EnumSet.noneOf(Stride.class);
            for (String letter : list("stride")) {
                try {
                    stride.add(Stride.valueOf(letter));
                } catch (IllegalArgumentException e) {
                    problem("stride", "unknown STRIDE letter '" + letter + "'");
                }
            }
            List<Strategy> strategies = new ArrayList<>();
            for (String strategy : list("strategies")) {
                try {
                    strategies.add(Strategy.fromId(strategy));
                } catch (IllegalArgumentException e) {
                    problem("strategies", e.getMessage());
                }
            }
            List<Reference> references = new ArrayList<>();
            for (String reference : list("references")) {
                if (reference.matches("MS-SS-\\d+(#\\d+)?")) {
                    references.add(Reference.nist(reference));
                } else if (reference.matches("CWE-\\d+")) {
                    references.add(Reference.cwe(Integer.parseInt(reference.substring(4))));
                } else if (reference.matches("(SM-DR|[A-Z]+-SR-)\\d+")) {
                    references.add(new Reference(Reference.SP800_204A, reference));
                } else {
                    references.add(new Reference("Custom", reference));
                }
            }
            RuleKind kind = entry.has("kind") ? parseKind(text("kind")) : RuleKind.CHECK;
            String condition = text("condition");
            CelCondition.Compiled compiled = null;
            if (target != null && (target.equals("node") || target.equals("edge")) && !condition.isEmpty()) {
                compiled = CelCondition.compile(target, condition);
                if (compiled.condition().isEmpty()) {
                    problem("condition", "condition does not compile: " + compiled.error().replace('\n', ' ')
                            .replaceAll("\\s+", " ").trim());
                }
            } else if (condition.isEmpty()) {
                problem("condition", "a CEL condition is required");
            }
            RuleMetadata metadata = null;
            if (problems.size() == before && targets != null && severity != null && kind != null) {
                try {
                    metadata = new RuleMetadata(id, text("title"), text("rationale"), text("remediation"), severity,
                            text("severityReason"), stride, strategies, references, targets, list("artefacts"), kind,
                            entry.path("extension").asBoolean(true));
                } catch (IllegalArgumentException e) {
                    problem("", e.getMessage());
                }
            }
            if (problems.size() != before || metadata == null || compiled == null) {
                return null;
            }
            String message = entry.has("message") ? text("message") : metadata.title() + ": {name}";
            return target.equals("node")
                    ? new CelNodeRule(metadata, compiled.condition().get(), condition, message)
                    : new CelEdgeRule(metadata, compiled.condition().get(), condition, message);
        }

        private RuleKind parseKind(String text) {
            for (RuleKind kind : RuleKind.values()) {
                if (kind.name().equalsIgnoreCase(text)) {
                    return kind;
                }
            }
            problem("kind", "kind must be check, attestation or advisory");
            return null;
        }

        private String text(String field) {
            JsonNode value = entry.get(field);
            if (value == null || value.isNull()) {
                return "";
            }
            if (!value.isValueNode()) {
                problem(field, "'" + field + "' must be text");
                return "";
            }
            return value.asText();
        }

        private List<String> list(String field) {
            JsonNode value = entry.get(field);
            List<String> result = new ArrayList<>();
            if (value == null || value.isNull()) {
                return result;
            }
            if (!value.isArray()) {
                problem(field, "'" + field + "' must be a list");
                return result;
            }
            value.forEach(item -> result.add(item.asText()));
            return result;
        }
    }
}
