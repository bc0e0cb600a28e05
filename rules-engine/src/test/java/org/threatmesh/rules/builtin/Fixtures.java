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
 * equal their ids so that expected messages stay short.
 */
public final class Fixtures {

    /** One attribute value. */
    public record Attr<T>(AttributeKey<T> key, T value) {
    }

    private final List<TrustZone> zones = new ArrayList<>();
    private final List<Node> nodes = new ArrayList<>();
    private final List<Edge> edges = new ArrayList<>();
    private Attributes modelAttributes = Attributes.empty();

    private Fixtures() {
    }

    public static Fixtures model() {
        return new Fixtures();
    }

    public static <T> Attr<T> a(AttributeKey<T> key, T value) {
        return new Attr<>(key, value);
    }

    public Fixtures zone(String id, ZoneKind kind, Attr<?>... attrs) {
        return zoneIn(id, kind, null, attrs);
    }

    public Fixtures zoneIn(String id, ZoneKind kind, String parent, Attr<?>... attrs) {
        zones.add(new TrustZone(ZoneId.of(id), kind, id, Optional.ofNullable(parent).map(ZoneId::of),
                toAttributes(attrs)));
        return this;
    }

    /** A node in {@code zone}, or in no zone when {@code zone} is null. */
    public Fixtures node(String id, NodeKind kind, String zone, Attr<?>... attrs) {
        nodes.add(new Node(NodeId.of(id), kind, id, Optional.ofNullable(zone).map(ZoneId::of), toAttributes(attrs)));
        return this;
    }

    public Fixtures edge(String id, String from, String to, Attr<?>... attrs) {
        edges.add(new Edge(EdgeId.of(id), NodeId.of(from), NodeId.of(to), "", toAttributes(attrs)));
        return this;
    }

    public Fixtures modelAttributes(Attr<?>... attrs) {
        modelAttributes = toAttributes(attrs);
        return this;
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
