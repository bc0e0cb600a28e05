package org.threatmesh.rules.builtin.mesh;

import java.util.List;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.attr.Fact;
import org.threatmesh.model.attr.MeshAttributes;
import org.threatmesh.model.attr.MultiCluster;
import org.threatmesh.rules.AnalysisContext;
import org.threatmesh.rules.NodeRule;
import org.threatmesh.rules.Outcome;
import org.threatmesh.rules.RuleMetadata;
import org.threatmesh.rules.Severity;
import org.threatmesh.rules.Strategy;
import org.threatmesh.rules.Stride;
import org.threatmesh.rules.Targets;
import org.threatmesh.rules.builtin.support.Evidences;
import org.threatmesh.rules.builtin.support.Facts;
import org.threatmesh.rules.builtin.support.Meta;

/** R204-13.5b: a mesh spanning several clusters from one control plane that is not highly available. */
public final class SingleControlPlaneRule implements NodeRule {

    private static final RuleMetadata METADATA = Meta.rule("single-non-ha-control-plane")
            .title("Multi-cluster mesh with a single non-HA control plane")
            .rationale("When one control plane serves several clusters, its outage stops configuration and "
                    + "certificate delivery everywhere; SP 800-204 asks for one or several meshes, each with its "
                    + "own control plane, arranged for multi-cluster high availability.")
            .remediation("Run the control plane replicated, or give each cluster its own control plane "
                    + "(multi-primary).")
            .severity(Severity.LOW, "availability item for multi-cluster deployments")
            .stride(Stride.D)
            .strategies(Strategy.MS_SS_13)
            .nist("MS-SS-13#5")
            .catalog("R204-13.5b")
            .targets(Targets.nodes(NodeKind.MESH_CONTROL_PLANE))
            .artefacts("Istio multi-primary", "control plane replicas with PodDisruptionBudget and HPA")
            .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public Outcome evaluate(Node node, AnalysisContext context) {
        Facts facts = Facts.collect();
        Fact<MultiCluster> topology = facts.of(node, MeshAttributes.MULTI_CLUSTER);
        if (topology.isAnyOf(MultiCluster.NONE, MultiCluster.MULTI_CONTROL_PLANE)) {
            return Outcome.NOT_APPLICABLE;
        }
        Fact<Boolean> ha = facts.of(node, MeshAttributes.HIGH_AVAILABILITY);
        if (ha.is(true)) {
            return Outcome.PASS;
        }
        if (facts.anyUnknown()) {
            return facts.unknownOutcome();
        }
        return Outcome.fire(METADATA.severity(), () -> "Mesh " + node.name()
                        + " spans several clusters from one control plane that is not highly available",
                List.of(Evidences.of(node, MeshAttributes.MULTI_CLUSTER),
                        Evidences.of(node, MeshAttributes.HIGH_AVAILABILITY)));
    }
}
