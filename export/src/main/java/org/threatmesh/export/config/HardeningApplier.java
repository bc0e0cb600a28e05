package org.threatmesh.export.config;

import org.threatmesh.export.manifest.Resource;
import org.threatmesh.export.manifest.Hardening;
import java.util.List;
import org.threatmesh.model.EdgeId;
import org.threatmesh.model.NodeId;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.ZoneId;
import org.threatmesh.model.attr.AttributeKey;
import org.threatmesh.model.attr.Attributes;

/**
 * Applies the model attributes that exported resources make true, giving the model as it will be once the export
 * is deployed. Re-analysing that model shows which findings the export clears. A pure function of its inputs.
 */
public final class HardeningApplier {

    private HardeningApplier() {
    }

    /** {@code model} with the hardening of every resource in {@code plan} applied, in resource order. */
    public static ThreatModel apply(ThreatModel model, ConfigPlan plan) {
        ThreatModel result = model;
        for (Resource resource : plan.resources()) {
            result = apply(result, resource.hardening());
        }
        return result;
    }

    /** {@code model} with {@code hardening} applied in order; elements no longer in the model are skipped. */
    public static ThreatModel apply(ThreatModel model, List<Hardening> hardening) {
        ThreatModel result = model;
        for (Hardening step : hardening) {
            result = applyOne(result, step);
        }
        return result;
    }

    private static ThreatModel applyOne(ThreatModel model, Hardening step) {
        if (step.element() instanceof NodeId id) {
            return model.node(id).map(n -> model.withNode(n.withAttributes(
                    set(n.attributes(), step.key(), step.value())))).orElse(model);
        }
        if (step.element() instanceof EdgeId id) {
            return model.edge(id).map(e -> model.withEdge(e.withAttributes(
                    set(e.attributes(), step.key(), step.value())))).orElse(model);
        }
        if (step.element() instanceof ZoneId id) {
            return model.zone(id).map(z -> model.withZone(z.withAttributes(
                    set(z.attributes(), step.key(), step.value())))).orElse(model);
        }
        return model.withAttributes(set(model.attributes(), step.key(), step.value()));
    }

    private static <T> Attributes set(Attributes attributes, AttributeKey<T> key, Object value) {
        return attributes.with(key, key.check(value));
    }
}
