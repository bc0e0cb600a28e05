package org.threatmesh.rules.builtin.mesh;

import java.util.List;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.attr.Fact;
import org.threatmesh.model.attr.MeshAttributes;
import org.threatmesh.rules.AnalysisContext;
import org.threatmesh.rules.NodeRule;
import org.threatmesh.rules.Outcome;
import org.threatmesh.rules.Reference;
import org.threatmesh.rules.RuleMetadata;
import org.threatmesh.rules.Severity;
import org.threatmesh.rules.Strategy;
import org.threatmesh.rules.Stride;
import org.threatmesh.rules.Targets;
import org.threatmesh.rules.builtin.support.Evidences;
import org.threatmesh.rules.builtin.support.Facts;
import org.threatmesh.rules.builtin.support.Meta;

/** R204-13.5a, which also checks SP 800-204A SM-DR23: the mesh exports no metrics to central monitoring. */
public final class MeshTelemetryNotExportedRule implements NodeRule {

    private static final RuleMetadata METADATA = Meta.rule("mesh-telemetry-not-exported")
            .title("Mesh metrics not exported to central monitoring")
            .rationale("The mesh sees every call, so its request counts, failures by code and latencies are the "
                    + "basis for noticing attacks and degradation; SP 800-204 asks for them to be sent to a central "
                    + "monitoring service and SP 800-204A SM-DR23 names the minimum metrics. This rule covers both, "
                    + "so SM-DR23 has no rule of its own.")
            .remediation("Export the mesh's standard request, error and latency metrics to the central monitoring "
                    + "system.")
            .severity(Severity.MEDIUM, "detection gap for the whole mesh")
            .stride(Stride.R)
            .strategies(Strategy.MS_SS_13)
            .nist("MS-SS-13#5")
            .catalog("R204-13.5a")
            .reference(Reference.SP800_204A, "SM-DR23")
            .cwe(778)
            .targets(Targets.nodes(NodeKind.MESH_CONTROL_PLANE))
            .artefacts("Istio Telemetry API with Prometheus", "OpenTelemetry collector", "Linkerd viz")
            .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public Outcome evaluate(Node node, AnalysisContext context) {
        Facts facts = Facts.collect();
        Fact<Boolean> exported = facts.of(node, MeshAttributes.TELEMETRY_EXPORT);
        if (exported.isUnknown()) {
            return facts.unknownOutcome();
        }
        if (exported.value()) {
            return Outcome.PASS;
        }
        return Outcome.fire(METADATA.severity(), () -> "Mesh " + node.name() + " exports no metrics to central monitoring",
                List.of(Evidences.of(node, MeshAttributes.TELEMETRY_EXPORT)));
    }
}
