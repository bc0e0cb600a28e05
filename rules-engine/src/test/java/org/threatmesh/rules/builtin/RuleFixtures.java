package org.threatmesh.rules.builtin;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.threatmesh.model.Edge;
import org.threatmesh.model.EdgeId;
import org.threatmesh.model.Layout;
import org.threatmesh.model.ModelInfo;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeId;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.TrustZone;
import org.threatmesh.model.ZoneId;
import org.threatmesh.model.ZoneKind;
import org.threatmesh.model.attr.AttributeKey;
import org.threatmesh.model.attr.Attributes;

/**
 * Builds small models for rule tests: zones, nodes and calls with only the attributes a case needs. Element names
 * equal their ids so that expected messages stay short. Every step returns a new builder, so a base fixture can be
 * extended into several variants.
 */
public final class RuleFixtures {

    /** One attribute value. */
    public record Attr<T>(AttributeKey<T> key, T value) {
    }

    private final List<TrustZone> zones;
    private final List<Node> nodes;
    private final List<Edge> edges;
    private final Attributes modelAttributes;

    private RuleFixtures(List<TrustZone> zones, List<Node> nodes, List<Edge> edges, Attributes modelAttributes) {
        this.zones = zones;
        this.nodes = nodes;
        this.edges = edges;
        this.modelAttributes = modelAttributes;
    }

    public static RuleFixtures model() {
        return new RuleFixtures(List.of(), List.of(), List.of(), Attributes.empty());
    }

    private static <T> List<T> plus(List<T> list, T item) {
        List<T> result = new ArrayList<>(list);
        result.add(item);
        return List.copyOf(result);
    }

    public static <T> Attr<T> a(AttributeKey<T> key, T value) {
        return new Attr<>(key, value);
    }

    public RuleFixtures zone(String id, ZoneKind kind, Attr<?>... attrs) {
        return zoneIn(id, kind, null, attrs);
    }

    public RuleFixtures zoneIn(String id, ZoneKind kind, String parent, Attr<?>... attrs) {
        return new RuleFixtures(plus(zones, new TrustZone(ZoneId.of(id), kind, id,
                Optional.ofNullable(parent).map(ZoneId::of), toAttributes(attrs))), nodes, edges, modelAttributes);
    }

    /** A node in {@code zone}, or in no zone when {@code zone} is null. */
    public RuleFixtures node(String id, NodeKind kind, String zone, Attr<?>... attrs) {
        return new RuleFixtures(zones, plus(nodes, new Node(NodeId.of(id), kind, id,
                Optional.ofNullable(zone).map(ZoneId::of), toAttributes(attrs))), edges, modelAttributes);
    }

    public RuleFixtures edge(String id, String from, String to, Attr<?>... attrs) {
        return new RuleFixtures(zones, nodes,
                plus(edges, new Edge(EdgeId.of(id), NodeId.of(from), NodeId.of(to), "", toAttributes(attrs))),
                modelAttributes);
    }

    public RuleFixtures modelAttributes(Attr<?>... attrs) {
        return new RuleFixtures(zones, nodes, edges, toAttributes(attrs));
    }

    public ThreatModel build() {
        return ThreatModel.of(ModelInfo.named("fixture"), modelAttributes, zones, nodes, edges, List.of(),
                Layout.empty());
    }

    private static Attributes toAttributes(Attr<?>... attrs) {
        Attributes result = Attributes.empty();
        for (Attr<?> attr : attrs) {
            result = with(result, attr);
        }
        return result;
    }

    private static <T> Attributes with(Attributes attributes, Attr<T> attr) {
        return attributes.with(attr.key(), attr.value());
    }
}
