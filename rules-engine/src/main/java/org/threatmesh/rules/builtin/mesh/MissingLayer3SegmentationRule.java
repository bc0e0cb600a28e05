package org.threatmesh.rules.builtin.mesh;

import java.util.List;
import org.threatmesh.model.NodeId;
import org.threatmesh.model.TrustZone;
import org.threatmesh.model.ZoneKind;
import org.threatmesh.model.attr.Fact;
import org.threatmesh.model.attr.L3Policy;
import org.threatmesh.model.attr.Sensitivity;
import org.threatmesh.model.attr.ZoneAttributes;
import org.threatmesh.rules.AnalysisContext;
import org.threatmesh.rules.Evidence;
import org.threatmesh.rules.Outcome;
import org.threatmesh.rules.Reach;
import org.threatmesh.rules.RuleMetadata;
import org.threatmesh.rules.Severity;
import org.threatmesh.rules.Strategy;
import org.threatmesh.rules.Stride;
import org.threatmesh.rules.Targets;
import org.threatmesh.rules.ZoneRule;
import org.threatmesh.rules.builtin.support.Evidences;
import org.threatmesh.rules.builtin.support.Facts;
import org.threatmesh.rules.builtin.support.Meta;

/**
 * R204-13.6: an internal zone holding highly sensitive data (by its own sensitivity or a node within it) with no
 * layer-3 policy beneath the mesh.
 */
public final class MissingLayer3SegmentationRule implements ZoneRule {

    private static final RuleMetadata METADATA = Meta.rule("sensitive-zone-without-l3-policy")
            .title("Highly sensitive zone without layer-3 segmentation")
            .rationale("An attacker who bypasses the sidecar proxy bypasses every layer-5 mesh policy; SP 800-204 "
                    + "says highly sensitive applications must also have layer-3 segmentation configured in the "
                    + "orchestrator.")
            .remediation("Apply a default-deny network policy for ingress and egress in the zone and allow only the "
                    + "calls the application needs.")
            .severity(Severity.HIGH, "a NIST must item; counters sidecar bypass for highly sensitive data")
            .stride(Stride.S, Stride.E, Stride.I)
            .strategies(Strategy.MS_SS_13)
            .nist("MS-SS-13#6")
            .catalog("R204-13.6")
            .cwe(923)
            .targets(Targets.zones())
            .artefacts("Kubernetes NetworkPolicy default deny", "Cilium or Calico network policies", "Istio CNI")
            .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public Reach reach() {
        return Reach.GRAPH;
    }

    @Override
    public java.util.Optional<java.util.Set<org.threatmesh.model.attr.AttributeKey<?>>> graphInputs() {
        return java.util.Optional.of(java.util.Set.of(org.threatmesh.model.attr.WorkloadAttributes.DATA_SENSITIVITY));
    }

    @Override
    public Outcome evaluate(TrustZone zone, AnalysisContext context) {
        if (zone.kind().isUntrusted() || zone.kind() == ZoneKind.INTERNET) {
            return Outcome.NOT_APPLICABLE;
        }
        Facts facts = Facts.collect();
        Evidence sensitive = null;
        if (zone.get(ZoneAttributes.SENSITIVITY).is(Sensitivity.HIGHLY_SENSITIVE)) {
            sensitive = Evidences.of(zone, ZoneAttributes.SENSITIVITY);
        } else {
            for (NodeId id : context.graph().nodesWithin(zone.id())) {
                if (context.isAtLeast(context.node(id), Sensitivity.HIGHLY_SENSITIVE)) {
                    sensitive = Evidences.derived(id, "dataSensitivity", Sensitivity.HIGHLY_SENSITIVE);
                    break;
                }
            }
        }
        if (sensitive == null) {
            Fact<Sensitivity> declared = facts.of(zone, ZoneAttributes.SENSITIVITY);
            return declared.isUnknown() ? facts.unknownOutcome() : Outcome.NOT_APPLICABLE;
        }
        Fact<L3Policy> policy = facts.of(zone, ZoneAttributes.L3_POLICY);
        if (policy.isUnknown()) {
            return facts.unknownOutcome();
        }
        if (policy.value() != L3Policy.NONE) {
            return Outcome.PASS;
        }
        return Outcome.fire(METADATA.severity(), () -> "Zone " + zone.name()
                        + " holds highly sensitive data with no layer-3 network policy",
                List.of(sensitive, Evidences.of(zone, ZoneAttributes.L3_POLICY)));
    }
}
