package org.threatmesh.rules.pack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.threatmesh.model.Edge;
import org.threatmesh.model.EdgeId;
import org.threatmesh.model.Node;
import org.threatmesh.model.TrustZone;
import org.threatmesh.model.attr.Attributes;
import org.threatmesh.model.attr.Fact;
import org.threatmesh.model.attr.ServiceVersion;
import org.threatmesh.model.attr.WireEnum;
import org.threatmesh.rules.AnalysisContext;

/**
 * The read-only view of a node or edge that pack conditions see (documented in docs/rule-packs.md). Views are
 * plain maps of CEL values: strings, booleans, 64-bit integers, lists and maps. Unknown attributes are absent, so
 * reading one is an evaluation error that the engine turns into a needs-review finding. Built once per element
 * and snapshot.
 */
final class CelViews {

    private final AnalysisContext context;
    private final Map<Object, Map<String, Object>> cache = new ConcurrentHashMap<>();

    private CelViews(AnalysisContext context) {
        this.context = context;
    }

    static CelViews of(AnalysisContext context) {
        return context.derived(CelViews.class, CelViews::new);
    }

    /** {@code node}: the node, its zone, its calls in and out (each with the node at the other end). */
    Map<String, Object> node(Node node) {
        return cache.computeIfAbsent(node.id(), id -> {
            Map<String, Object> view = summary(node);
            view.put("internetFacing", context.isInternetFacing(node));
            view.put("inbound", edges(context.graph().incoming(node.id()), true));
            view.put("outbound", edges(context.graph().outgoing(node.id()), false));
            return view;
        });
    }

    /** {@code edge}: the call, its two endpoints (summaries), and the derived north-south / east-west facts. */
    Map<String, Object> edge(Edge edge) {
        return cache.computeIfAbsent(edge.id(), id -> {
            Map<String, Object> view = edgeSummary(edge);
            view.put("from", summary(context.source(edge)));
            view.put("to", summary(context.target(edge)));
            return view;
        });
    }

    private List<Object> edges(java.util.Set<EdgeId> ids, boolean inbound) {
        List<EdgeId> sorted = new ArrayList<>(ids);
        sorted.sort(null);
        List<Object> result = new ArrayList<>();
        for (EdgeId id : sorted) {
            Edge edge = context.edge(id);
            Map<String, Object> view = edgeSummary(edge);
            view.put(inbound ? "from" : "to", summary(inbound ? context.source(edge) : context.target(edge)));
            result.add(view);
        }
        return result;
    }

    private Map<String, Object> edgeSummary(Edge edge) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", edge.id().value());
        view.put("name", edge.name());
        view.put("attributes", attributes(edge.attributes()));
        view.put("northSouth", context.isNorthSouth(edge));
        view.put("eastWest", context.isEastWest(edge));
        view.put("crossesZones", context.graph().crossesZones(edge.id()));
        Fact<Boolean> boundary = context.crossesTrustBoundary(edge);
        if (boundary.isKnown()) {
            view.put("crossesTrustBoundary", boundary.value());
        }
        return view;
    }

    private Map<String, Object> summary(Node node) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", node.id().value());
        view.put("name", node.name());
        view.put("kind", node.kind().wireName());
        view.put("attributes", attributes(node.attributes()));
        Optional<TrustZone> zone = context.zoneOf(node);
        if (zone.isPresent()) {
            Map<String, Object> zoneView = new LinkedHashMap<>();
            zoneView.put("id", zone.get().id().value());
            zoneView.put("name", zone.get().name());
            zoneView.put("kind", zone.get().kind().wireName());
            zoneView.put("attributes", attributes(zone.get().attributes()));
            view.put("zone", zoneView);
        }
        view.put("inInternet", context.isInInternet(node));
        return view;
    }

    private static Map<String, Object> attributes(Attributes attributes) {
        Map<String, Object> view = new LinkedHashMap<>();
        for (Map.Entry<String, Object> entry : attributes.asMap().entrySet()) {
            view.put(entry.getKey(), value(entry.getValue()));
        }
        return view;
    }

    private static Object value(Object value) {
        if (value instanceof WireEnum wireEnum) {
            return wireEnum.wireName();
        }
        if (value instanceof Integer number) {
            return number.longValue();
        }
        if (value instanceof List<?> list) {
            List<Object> result = new ArrayList<>();
            for (Object item : list) {
                result.add(item instanceof ServiceVersion version
                        ? Map.of("id", version.id(), "weight", (long) version.weight(), "monitored", version.monitored())
                        : value(item));
            }
            return result;
        }
        return value;
    }
}
