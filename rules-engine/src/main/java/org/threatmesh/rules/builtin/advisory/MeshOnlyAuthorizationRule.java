package org.threatmesh.rules.builtin.advisory;

import java.util.List;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.attr.AuthzLevel;
import org.threatmesh.model.attr.Fact;
import org.threatmesh.model.attr.Sensitivity;
import org.threatmesh.model.attr.WorkloadAttributes;
import org.threatmesh.rules.AnalysisContext;
import org.threatmesh.rules.NodeRule;
import org.threatmesh.rules.Outcome;
import org.threatmesh.rules.Reference;
import org.threatmesh.rules.RuleKind;
import org.threatmesh.rules.RuleMetadata;
import org.threatmesh.rules.Severity;
import org.threatmesh.rules.Stride;
import org.threatmesh.rules.Targets;
import org.threatmesh.rules.builtin.support.Evidences;
import org.threatmesh.rules.builtin.support.Facts;
import org.threatmesh.rules.builtin.support.Meta;
import org.threatmesh.rules.builtin.support.Topology;

/**
 * Advisory ADV-3 (SP 800-204 §2.7.2): an in-mesh service holding sensitive data that authorizes nothing itself.
 * It overlaps R204-2.1b, which looks at the calls into the service; this rule asks only whether the service
 * leaves all authorization to the mesh.
 */
public final class MeshOnlyAuthorizationRule implements NodeRule {

    private static final RuleMetadata METADATA = Meta.rule("mesh-only-authorization")
            .title("Sensitive service leaves all authorization to the mesh")
            .rationale("The mesh works at layer 5 and cannot know the business rules that decide whether this user "
                    + "may touch this record; SP 800-204 (§2.7.2, advisory, no strategy id) notes that "
                    + "fine-grained authorization may still have to live in the service.")
            .remediation("Enforce business-level authorization in the service, on top of the mesh policies.")
            .severity(Severity.MEDIUM, "object-level authorization gaps on sensitive data")
            .stride(Stride.E)
            .reference(Reference.SP800_204, "§2.7.2")
            .catalog("ADV-3")
            .cwe(639)
            .targets(Targets.nodes(NodeKind.SERVICE))
            .artefacts("in-service authorization checks", "Istio AuthorizationPolicy CUSTOM action to a PDP")
            .kind(RuleKind.ADVISORY)
            .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public Outcome evaluate(Node node, AnalysisContext context) {
        Facts facts = Facts.collect();
        Fact<Boolean> inMesh = facts.track(node.id(), WorkloadAttributes.MESH_MODE, Topology.inMesh(node, context));
        Fact<Sensitivity> sensitivity = facts.of(node, WorkloadAttributes.DATA_SENSITIVITY);
        if (inMesh.is(false) || sensitivity.matches(s -> s.compareTo(Sensitivity.SENSITIVE) < 0)) {
            return Outcome.NOT_APPLICABLE;
        }
        Fact<AuthzLevel> local = facts.of(node, WorkloadAttributes.AUTHZ_LOCAL);
        if (local.isKnown() && local.value() != AuthzLevel.NONE) {
            return Outcome.PASS;
        }
        if (facts.anyUnknown()) {
            return facts.unknownOutcome();
        }
        return Outcome.fire(context.rubric(METADATA.severity(), sensitivity.is(Sensitivity.HIGHLY_SENSITIVE), false),
                () -> node.name() + " holds " + Evidences.wire(sensitivity.value()) + " data and authorizes nothing itself",
                List.of(Evidences.of(node, WorkloadAttributes.DATA_SENSITIVITY),
                        Evidences.of(node, WorkloadAttributes.AUTHZ_LOCAL)));
    }
}
