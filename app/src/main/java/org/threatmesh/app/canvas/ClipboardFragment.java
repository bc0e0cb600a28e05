package org.threatmesh.app.canvas;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.threatmesh.model.Edge;
import org.threatmesh.model.Layout;
import org.threatmesh.model.ModelInfo;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeId;
import org.threatmesh.model.Point;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.TrustZone;
import org.threatmesh.model.ZoneId;
import org.threatmesh.model.ZoneLayout;
import org.threatmesh.model.attr.Attributes;
import org.threatmesh.model.io.ModelLoadException;
import org.threatmesh.model.io.ModelReader;
import org.threatmesh.model.io.ModelWriter;

/**
 * Copied elements as text: a small JSON document holding a valid ThreatMesh model of the copied zones, nodes,
 * calls and layout (in the file format, so it is readable and survives any clipboard), plus the zones outside the
 * copy that copied nodes and zones sat in, so a paste into the same model puts them back there. A node whose zone
 * was not copied is stored without it in the embedded model, which must be valid on its own.
 */
final class ClipboardFragment {

    static final String MARKER = "threatmesh-fragment";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What a copy holds, ready to paste: zones parents first, nodes and calls in id order. */
    record Copied(List<TrustZone> zones, Map<ZoneId, ZoneLayout> zoneLayouts, List<Node> nodes,
            Map<NodeId, Point> nodePositions, List<Edge> edges) {
    }

    private ClipboardFragment() {
    }

    static String encode(Copied copied) {
        Map<String, String> outer = new HashMap<>();
        List<TrustZone> zones = new ArrayList<>();
        java.util.Set<ZoneId> copiedZones = new java.util.HashSet<>();
        copied.zones().forEach(zone -> copiedZones.add(zone.id()));
        for (TrustZone zone : copied.zones()) {
            if (zone.parent().isPresent() && !copiedZones.contains(zone.parent().get())) {
                outer.put(zone.id().value(), zone.parent().get().value());
                zone = new TrustZone(zone.id(), zone.kind(), zone.name(), Optional.empty(), zone.attributes());
            }
            zones.add(zone);
        }
        List<Node> nodes = new ArrayList<>();
        for (Node node : copied.nodes()) {
            if (node.zone().isPresent() && !copiedZones.contains(node.zone().get())) {
                outer.put(node.id().value(), node.zone().get().value());
                node = new Node(node.id(), node.kind(), node.name(), Optional.empty(), node.attributes());
            }
            nodes.add(node);
        }
        ThreatModel model = ThreatModel.of(ModelInfo.named("clipboard"), Attributes.empty(), zones, nodes,
                copied.edges(), List.of(), Layout.of(copied.nodePositions(), copied.zoneLayouts()));
        try {
            ObjectNode root = JSON.createObjectNode();
            root.put("format", MARKER);
            root.put("version", 1);
            root.set("model", JSON.readTree(new ModelWriter().write(model)));
            ObjectNode outerNode = root.putObject("outerZones");
            outer.entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(entry -> outerNode.put(entry.getKey(), entry.getValue()));
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode copied elements", e);
        }
    }

    /** The elements in {@code text}, or empty when it is not a fragment this version can read. */
    static Optional<Copied> decode(String text) {
        if (!text.contains(MARKER)) {
            return Optional.empty();
        }
        try {
            JsonNode root = JSON.readTree(text);
            if (!MARKER.equals(root.path("format").asText()) || root.path("version").asInt() != 1
                    || !root.path("model").isObject()) {
                return Optional.empty();
            }
            ThreatModel model = new ModelReader().read(
                    JSON.writeValueAsBytes(root.get("model")), "clipboard");
            JsonNode outer = root.path("outerZones");
            List<TrustZone> zones = new ArrayList<>();
            for (TrustZone zone : model.zones().values()) {
                String parent = outer.path(zone.id().value()).asText("");
                zones.add(parent.isEmpty() ? zone
                        : new TrustZone(zone.id(), zone.kind(), zone.name(), Optional.of(ZoneId.of(parent)),
                                zone.attributes()));
            }
            zones.sort(Comparator.comparingInt((TrustZone zone) -> depth(model, zone)).thenComparing(TrustZone::id));
            List<Node> nodes = new ArrayList<>();
            Map<NodeId, Point> positions = new HashMap<>();
            for (Node node : model.nodes().values()) {
                String zone = outer.path(node.id().value()).asText("");
                nodes.add(zone.isEmpty() ? node
                        : new Node(node.id(), node.kind(), node.name(), Optional.of(ZoneId.of(zone)),
                                node.attributes()));
                positions.put(node.id(), model.layout().node(node.id()).orElse(new Point(0, 0)));
            }
            return Optional.of(new Copied(zones, new HashMap<>(model.layout().zones()), nodes, positions,
                    List.copyOf(model.edges().values())));
        } catch (IOException | ModelLoadException | IllegalArgumentException notAFragment) {
            return Optional.empty();
        }
    }

    private static int depth(ThreatModel model, TrustZone zone) {
        int depth = 0;
        Optional<ZoneId> parent = zone.parent();
        while (parent.isPresent() && model.zones().containsKey(parent.get())) {
            depth++;
            parent = model.zones().get(parent.get()).parent();
        }
        return depth;
    }
}
