package org.threatmesh.model;

import java.util.Objects;
import java.util.Optional;
import org.threatmesh.model.attr.AttributeCatalog;
import org.threatmesh.model.attr.AttributeKey;
import org.threatmesh.model.attr.Attributes;
import org.threatmesh.model.attr.Fact;

/**
 * A trust zone: the internet, a DMZ, a cluster, a namespace, a partner or external network. Zones nest; the
 * model guarantees the nesting has no cycles.
 *
 * @param id         stable identity
 * @param kind       what the zone stands for
 * @param name       display name
 * @param parent     the enclosing zone, if any
 * @param attributes known attribute values
 */
public record TrustZone(ZoneId id, ZoneKind kind, String name, Optional<ZoneId> parent, Attributes attributes) {

    public TrustZone {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        name = Names.check(name);
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(attributes, "attributes");
        if (parent.filter(id::equals).isPresent()) {
            throw new IllegalArgumentException("a zone cannot contain itself");
        }
        for (String key : attributes.names()) {
            if (AttributeCatalog.find(ElementType.ZONE, key).isEmpty()) {
                throw new IllegalArgumentException("attribute '" + key + "' does not apply to a zone");
            }
        }
    }

    public static TrustZone of(ZoneId id, ZoneKind kind, String name) {
        return new TrustZone(id, kind, name, Optional.empty(), Attributes.empty());
    }

    public <T> Fact<T> get(AttributeKey<T> key) {
        return attributes.get(key);
    }

    public <T> TrustZone with(AttributeKey<T> key, T value) {
        return withAttributes(attributes.with(key, value));
    }

    public TrustZone withAttributes(Attributes newAttributes) {
        return newAttributes.equals(attributes) ? this : new TrustZone(id, kind, name, parent, newAttributes);
    }

    public TrustZone withName(String newName) {
        return new TrustZone(id, kind, newName, parent, attributes);
    }

    public TrustZone withParent(Optional<ZoneId> newParent) {
        return new TrustZone(id, kind, name, newParent, attributes);
    }
}
