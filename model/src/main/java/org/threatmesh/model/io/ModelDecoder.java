package org.threatmesh.model.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.threatmesh.model.Bounds;
import org.threatmesh.model.Edge;
import org.threatmesh.model.EdgeId;
import org.threatmesh.model.ElementId;
import org.threatmesh.model.ElementType;
import org.threatmesh.model.Layout;
import org.threatmesh.model.ModelInfo;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeId;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.Point;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.TriageDecision;
import org.threatmesh.model.TriageStatus;
import org.threatmesh.model.TrustZone;
import org.threatmesh.model.ZoneId;
import org.threatmesh.model.ZoneKind;
import org.threatmesh.model.ZoneLayout;
import org.threatmesh.model.attr.Attributes;
import org.threatmesh.model.attr.WireEnum;

/** Turns a parsed, current-version tree into a model, collecting every problem before giving up. */
final class ModelDecoder {

    private static final Set<String> TOP_FIELDS = Set.of(Format.SCHEMA_VERSION, Format.MODEL, Format.ZONES,
            Format.NODES, Format.EDGES, Format.TRIAGE, Format.LAYOUT);

    private final LocatedTree tree;
    private final Problems problems;
    private final Fields fields;
    private final AttributeDecoder attributes;

    ModelDecoder(String fileName, LocatedTree tree) {
        this.tree = tree;
        this.problems = new Problems(fileName, tree);
        this.fields = new Fields(problems);
        this.attributes = new AttributeDecoder(problems);
    }

    ThreatModel decode() throws ModelLoadException {
        JsonNode root = tree.root();
        fields.rejectUnknown(root, "$", TOP_FIELDS);
        JsonNode modelNode = root.path(Format.MODEL);
        ModelInfo info = decodeInfo(modelNode);
        Attributes modelAttributes = attributes.decode(modelNode.get(Format.ATTRIBUTES),
                "$.model.attributes", ElementType.MODEL, null);

        List<TrustZone> zones = decodeList(root, Format.ZONES, this::decodeZone);
        List<Node> nodes = decodeList(root, Format.NODES, this::decodeNode);
        List<Edge> edges = decodeList(root, Format.EDGES, this::decodeEdge);
        List<TriageDecision> triage = decodeList(root, Format.TRIAGE, this::decodeTriage);
        Layout layout = decodeLayout(root.get(Format.LAYOUT));
        if (problems.isEmpty()) {
            new ReferenceCheck(problems).check(zones, nodes, edges);
        }
        if (!problems.isEmpty() || info == null) {
            throw new ModelLoadException(problems.list());
        }
        try {
            return ThreatModel.of(info, modelAttributes, zones, nodes, edges, triage, layout);
        } catch (IllegalArgumentException e) {
            problems.add("$", e.getMessage());
            throw new ModelLoadException(problems.list());
        }
    }

    private ModelInfo decodeInfo(JsonNode model) {
        if (!model.isObject()) {
            problems.add("$", "missing the \"model\" object with the model's name");
            return null;
        }
        fields.rejectUnknown(model, "$.model", Set.of("name", "description", "author", "version",
                Format.ATTRIBUTES));
        String name = fields.requiredText(model, "$.model", "name");
        String description = fields.optionalText(model, "$.model", "description");
        String author = fields.optionalText(model, "$.model", "author");
        String version = fields.optionalText(model, "$.model", "version");
        return construct("$.model", () -> new ModelInfo(name, description, author, version), name != null);
    }

    private <T> List<T> decodeList(JsonNode root, String field, ElementDecoder<T> decoder) {
        JsonNode list = root.get(field);
        List<T> result = new ArrayList<>();
        if (list == null) {
            return result;
        }
        if (!list.isArray()) {
            problems.add("$." + field, field + " must be a list");
            return result;
        }
        for (int i = 0; i < list.size(); i++) {
            String path = "$." + field + "[" + i + "]";
            JsonNode item = list.get(i);
            if (!item.isObject()) {
                problems.add(path, "each entry of " + field + " must be an object");
                continue;
            }
            T decoded = decoder.decode(item, path);
            if (decoded != null) {
                result.add(decoded);
            }
        }
        return result;
    }

    private TrustZone decodeZone(JsonNode zone, String path) {
        fields.rejectUnknown(zone, path, Set.of("id", "name", "kind", "parent", Format.ATTRIBUTES));
        ZoneId id = fields.id(zone, path, "id", ZoneId::new);
        String name = fields.requiredText(zone, path, "name");
        ZoneKind kind = fields.enumValue(zone, path, "kind", ZoneKind.class);
        Optional<ZoneId> parent = Optional.ofNullable(fields.optionalId(zone, path, "parent", ZoneId::new));
        Attributes values = attributes.decode(zone.get(Format.ATTRIBUTES), path + ".attributes", ElementType.ZONE,
                null);
        return construct(path, () -> new TrustZone(id, kind, name, parent, values),
                id != null && name != null && kind != null);
    }

    private Node decodeNode(JsonNode node, String path) {
        fields.rejectUnknown(node, path, Set.of("id", "name", "kind", "zone", Format.ATTRIBUTES));
        NodeId id = fields.id(node, path, "id", NodeId::new);
        String name = fields.requiredText(node, path, "name");
        NodeKind kind = fields.enumValue(node, path, "kind", NodeKind.class);
        Optional<ZoneId> zone = Optional.ofNullable(fields.optionalId(node, path, "zone", ZoneId::new));
        if (kind == null) {
            return null;
        }
        Attributes values = attributes.decode(node.get(Format.ATTRIBUTES), path + ".attributes", ElementType.NODE,
                kind);
        return construct(path, () -> new Node(id, kind, name, zone, values), id != null && name != null);
    }

    private Edge decodeEdge(JsonNode edge, String path) {
        fields.rejectUnknown(edge, path, Set.of("id", "from", "to", "name", Format.ATTRIBUTES));
        EdgeId id = fields.id(edge, path, "id", EdgeId::new);
        NodeId from = fields.id(edge, path, "from", NodeId::new);
        NodeId to = fields.id(edge, path, "to", NodeId::new);
        String name = fields.optionalText(edge, path, "name");
        Attributes values = attributes.decode(edge.get(Format.ATTRIBUTES), path + ".attributes", ElementType.EDGE,
                null);
        if (from != null && from.equals(to)) {
            problems.add(path + ".to", "a call cannot go from a node to itself");
            return null;
        }
        return construct(path, () -> new Edge(id, from, to, name, values), id != null && from != null && to != null);
    }

    private TriageDecision decodeTriage(JsonNode decision, String path) {
        fields.rejectUnknown(decision, path, Set.of("finding", "status", "justification", "by", "at", "expires"));
        String key = fields.requiredText(decision, path, "finding");
        TriageStatus status = fields.enumValue(decision, path, "status", TriageStatus.class);
        String justification = fields.optionalText(decision, path, "justification");
        String by = fields.optionalText(decision, path, "by");
        Instant at = parse(decision, path, "at", Instant::parse, "an ISO-8601 instant such as 2026-01-31T09:00:00Z");
        String expiresText = fields.optionalText(decision, path, "expires");
        Optional<LocalDate> expires = Optional.empty();
        if (!expiresText.isEmpty()) {
            LocalDate day = parse(decision, path, "expires", LocalDate::parse, "a date such as 2026-12-31");
            expires = Optional.ofNullable(day);
        }
        Optional<LocalDate> expiry = expires;
        return construct(path, () -> new TriageDecision(key, status, justification, by, at, expiry),
                key != null && status != null && at != null);
    }

    private <T> T parse(JsonNode node, String path, String field, Function<String, T> parser, String expected) {
        String text = fields.requiredText(node, path, field);
        if (text == null) {
            return null;
        }
        try {
            return parser.apply(text);
        } catch (DateTimeParseException e) {
            problems.add(path + "." + field, field + " must be " + expected + ", was \"" + text + "\"");
            return null;
        }
    }

    private Layout decodeLayout(JsonNode layout) {
        if (layout == null) {
            return Layout.empty();
        }
        if (!layout.isObject()) {
            problems.add("$.layout", "layout must be an object");
            return Layout.empty();
        }
        fields.rejectUnknown(layout, "$.layout", Set.of("nodes", "zones"));
        Map<NodeId, Point> nodes = new HashMap<>();
        forEachEntry(layout.get("nodes"), "$.layout.nodes", (id, value, path) -> {
            NodeId nodeId = fields.idText(id, path, NodeId::new);
            fields.rejectUnknown(value, path, Set.of("x", "y"));
            Double x = fields.number(value, path, "x");
            Double y = fields.number(value, path, "y");
            if (nodeId != null && x != null && y != null) {
                nodes.put(nodeId, new Point(x, y));
            }
        });
        Map<ZoneId, ZoneLayout> zones = new HashMap<>();
        forEachEntry(layout.get("zones"), "$.layout.zones", (id, value, path) -> {
            ZoneId zoneId = fields.idText(id, path, ZoneId::new);
            fields.rejectUnknown(value, path, Set.of("x", "y", "width", "height", "color"));
            Double x = fields.number(value, path, "x");
            Double y = fields.number(value, path, "y");
            Double width = fields.number(value, path, "width");
            Double height = fields.number(value, path, "height");
            String color = fields.optionalText(value, path, "color");
            if (zoneId != null && x != null && y != null && width != null && height != null) {
                ZoneLayout zoneLayout = construct(path, () -> new ZoneLayout(new Bounds(x, y, width, height),
                        color.isEmpty() ? Optional.empty() : Optional.of(color)), true);
                if (zoneLayout != null) {
                    zones.put(zoneId, zoneLayout);
                }
            }
        });
        return Layout.of(nodes, zones);
    }

    private void forEachEntry(JsonNode object, String path, EntryVisitor visitor) {
        if (object == null) {
            return;
        }
        if (!object.isObject()) {
            problems.add(path, "must be an object keyed by element id");
            return;
        }
        Iterator<Map.Entry<String, JsonNode>> entries = object.fields();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            String entryPath = path + "." + entry.getKey();
            if (!entry.getValue().isObject()) {
                problems.add(entryPath, "must be an object");
                continue;
            }
            visitor.visit(entry.getKey(), entry.getValue(), entryPath);
        }
    }

    private <T> T construct(String path, java.util.function.Supplier<T> constructor, boolean complete) {
        if (!complete) {
            return null;
        }
        try {
            return constructor.get();
        } catch (IllegalArgumentException e) {
            problems.add(path, e.getMessage());
            return null;
        }
    }

    @FunctionalInterface
    private interface ElementDecoder<T> {
        T decode(JsonNode node, String path);
    }

    @FunctionalInterface
    private interface EntryVisitor {
        void visit(String id, JsonNode value, String path);
    }

    /** Checks ids and references across element lists, so each dangling reference is reported where it is. */
    private static final class ReferenceCheck {

        private final Problems problems;

        ReferenceCheck(Problems problems) {
            this.problems = problems;
        }

        void check(List<TrustZone> zones, List<Node> nodes, List<Edge> edges) {
            Map<ZoneId, TrustZone> zoneById = unique(zones, TrustZone::id, Format.ZONES);
            Map<NodeId, Node> nodeById = unique(nodes, Node::id, Format.NODES);
            unique(edges, Edge::id, Format.EDGES);
            for (int i = 0; i < zones.size(); i++) {
                TrustZone zone = zones.get(i);
                if (zone.parent().isPresent() && !zoneById.containsKey(zone.parent().get())) {
                    problems.add("$.zones[" + i + "].parent", "unknown zone '" + zone.parent().get() + "'");
                } else if (nestsInItself(zone, zoneById)) {
                    problems.add("$.zones[" + i + "].parent", "zone '" + zone.id()
                            + "' is nested inside itself through its parents");
                }
            }
            for (int i = 0; i < nodes.size(); i++) {
                Node node = nodes.get(i);
                if (node.zone().isPresent() && !zoneById.containsKey(node.zone().get())) {
                    problems.add("$.nodes[" + i + "].zone", "unknown zone '" + node.zone().get() + "'");
                }
            }
            for (int i = 0; i < edges.size(); i++) {
                Edge edge = edges.get(i);
                if (!nodeById.containsKey(edge.from())) {
                    problems.add("$.edges[" + i + "].from", "call starts at unknown node '" + edge.from() + "'");
                }
                if (!nodeById.containsKey(edge.to())) {
                    problems.add("$.edges[" + i + "].to", "call ends at unknown node '" + edge.to() + "'");
                }
            }
        }

        private <T, I extends ElementId> Map<I, T> unique(List<T> items, Function<T, I> id, String field) {
            Map<I, T> byId = new HashMap<>();
            for (int i = 0; i < items.size(); i++) {
                I key = id.apply(items.get(i));
                if (byId.putIfAbsent(key, items.get(i)) != null) {
                    problems.add("$." + field + "[" + i + "].id", "duplicate id '" + key + "'");
                }
            }
            return byId;
        }

        private static boolean nestsInItself(TrustZone start, Map<ZoneId, TrustZone> zones) {
            Set<ZoneId> seen = new HashSet<>();
            Optional<ZoneId> current = Optional.of(start.id());
            while (current.isPresent()) {
                if (!seen.add(current.get())) {
                    return true;
                }
                TrustZone zone = zones.get(current.get());
                current = zone == null ? Optional.empty() : zone.parent();
            }
            return false;
        }
    }

    static <E extends Enum<E> & WireEnum> String choices(Class<E> type) {
        StringBuilder out = new StringBuilder();
        for (E constant : type.getEnumConstants()) {
            out.append(out.length() == 0 ? "" : ", ").append(constant.wireName());
        }
        return out.toString();
    }
}
