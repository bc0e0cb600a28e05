package org.threatmesh.export.manifest;

import java.util.Objects;
import org.threatmesh.model.ElementId;
import org.threatmesh.model.attr.AttributeKey;

/**
 * One model attribute that a generated resource makes true once applied, for example "edge e-1 has tls=mtls" for
 * a STRICT PeerAuthentication. {@link HardeningApplier} applies these to re-analyse the hardened model.
 *
 * @param element the element the attribute belongs to ({@link org.threatmesh.model.ModelId} for the model)
 * @param key     the attribute
 * @param value   its value after hardening, valid for {@code key}
 */
public record Hardening(ElementId element, AttributeKey<?> key, Object value) {

    public Hardening {
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(key, "key");
        key.check(value);
    }
}
