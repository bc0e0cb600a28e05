package org.threatmesh.model;

import java.util.Objects;
import java.util.Optional;
import org.threatmesh.model.attr.AttributeCatalog;
import org.threatmesh.model.attr.AttributeKey;
import org.threatmesh.model.attr.Attributes;
import org.threatmesh.model.attr.Fact;

/**
 * A component of the system: a service, gateway, datastore, external client and so on.
 *
 * @param id         stable identity
 * @param kind       what the node is; fixed for the node's life
 * @param name       display name, free text on one line
 * @param zone       the innermost trust zone the node sits in, if any
 * @param attributes known attribute values; each must apply to {@code kind}
 */
public record Node(NodeId id, NodeKind kind, String name, Optional<ZoneId> zone, Attributes attributes) {

    public Node {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        name = Names.check(name);
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(attributes, "attributes");
        for (String key : attributes.names()) {
            if (AttributeCatalog.find(ElementType.NODE, key).filter(k -> k.applies().toNode(kind)).isEmpty()) {
                throw new IllegalArgumentException("attribute '" + key + "' does not apply to a " + kind.wireName());
            }
        }
    }

    /** A node with no zone and no known attributes. */
    public static Node of(NodeId id, NodeKind kind, String name) {
        return new Node(id, kind, name, Optional.empty(), Attributes.empty());
    }

    /** What the model says about {@code key}. */
    public <T> Fact<T> get(AttributeKey<T> key) {
        return attributes.get(key);
    }

    public <T> Node with(AttributeKey<T> key, T value) {
        return withAttributes(attributes.with(key, value));
    }

    public Node withAttributes(Attributes newAttributes) {
        return newAttributes.equals(attributes) ? this : new Node(id, kind, name, zone, newAttributes);
    }

    public Node withName(String newName) {
        return new Node(id, kind, newName, zone, attributes);
    }

    public Node withZone(Optional<ZoneId> newZone) {
        return new Node(id, kind, name, newZone, attributes);
    }
}
