package org.threatmesh.rules.builtin.support;

import java.util.List;
import org.threatmesh.model.Edge;
import org.threatmesh.model.ElementId;
import org.threatmesh.model.ModelId;
import org.threatmesh.model.Node;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.TrustZone;
import org.threatmesh.model.attr.AttributeKey;
import org.threatmesh.model.attr.Fact;
import org.threatmesh.model.attr.ServiceVersion;
import org.threatmesh.model.attr.WireEnum;
import org.threatmesh.rules.Evidence;

/** Builds {@link Evidence} entries with values in the spelling model files use. */
public final class Evidences {

    private Evidences() {
    }

    public static Evidence of(Node node, AttributeKey<?> key) {
        return of(node.id(), key, node.get(key));
    }

    public static Evidence of(Edge edge, AttributeKey<?> key) {
        return of(edge.id(), key, edge.get(key));
    }

    public static Evidence of(TrustZone zone, AttributeKey<?> key) {
        return of(zone.id(), key, zone.get(key));
    }

    public static Evidence of(ThreatModel model, AttributeKey<?> key) {
        return of(ModelId.MODEL, key, model.get(key));
    }

    public static Evidence of(ElementId element, AttributeKey<?> key, Fact<?> fact) {
        return new Evidence(element.value(), key.name(), fact.isKnown() ? wire(fact.value()) : "unknown");
    }

    /** A derived property rather than a stored attribute, for example {@code reachable from internet = true}. */
    public static Evidence derived(ElementId element, String property, Object value) {
        return new Evidence(element.value(), property, wire(value));
    }

    /** The model-file spelling of an attribute value. */
    public static String wire(Object value) {
        if (value instanceof WireEnum wireEnum) {
            return wireEnum.wireName();
        }
        if (value instanceof ServiceVersion version) {
            return version.id() + " (weight " + version.weight() + ", monitored " + version.monitored() + ")";
        }
        if (value instanceof List<?> list) {
            // A loop, not a stream: evidence is built for every firing check, and the stream's pipeline objects
            // were most of what building a list's spelling allocated.
            StringBuilder spelled = new StringBuilder().append('[');
            for (int i = 0; i < list.size(); i++) {
                spelled.append(i == 0 ? "" : ", ").append(wire(list.get(i)));
            }
            return spelled.append(']').toString();
        }
        return String.valueOf(value);
    }
}
