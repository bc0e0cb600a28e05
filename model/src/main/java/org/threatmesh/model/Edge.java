package org.threatmesh.model;

import java.util.Objects;
import org.threatmesh.model.attr.AttributeCatalog;
import org.threatmesh.model.attr.AttributeKey;
import org.threatmesh.model.attr.Attributes;
import org.threatmesh.model.attr.Fact;

/**
 * A directed call from one node to another. Several edges may join the same pair (for example a REST call and an
 * event subscription); an edge never joins a node to itself.
 *
 * @param id         stable identity
 * @param from       the calling node
 * @param to         the called node
 * @param name       label, for example "place order"; may be empty
 * @param attributes known attribute values
 */
public record Edge(EdgeId id, NodeId from, NodeId to, String name, Attributes attributes) {

    public Edge {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(name, "name");
        if (!name.isEmpty()) {
            Names.check(name);
        }
        Objects.requireNonNull(attributes, "attributes");
        if (from.equals(to)) {
            throw new IllegalArgumentException("a call cannot go from a node to itself");
        }
        for (String key : attributes.names()) {
            if (AttributeCatalog.find(ElementType.EDGE, key).isEmpty()) {
                throw new IllegalArgumentException("attribute '" + key + "' does not apply to a call");
            }
        }
    }

    public static Edge of(EdgeId id, NodeId from, NodeId to) {
        return new Edge(id, from, to, "", Attributes.empty());
    }

    public <T> Fact<T> get(AttributeKey<T> key) {
        return attributes.get(key);
    }

    public <T> Edge with(AttributeKey<T> key, T value) {
        return withAttributes(attributes.with(key, value));
    }

    public Edge withAttributes(Attributes newAttributes) {
        return newAttributes.equals(attributes) ? this : new Edge(id, from, to, name, newAttributes);
    }

    public Edge withName(String newName) {
        return new Edge(id, from, to, newName, attributes);
    }

    /** Whether {@code node} is one of the two endpoints. */
    public boolean touches(NodeId node) {
        return from.equals(node) || to.equals(node);
    }
}
