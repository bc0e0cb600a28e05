package org.threatmesh.rules.builtin.mesh;

import java.util.List;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.attr.DefaultAuthz;
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

/** R204-13.2: the mesh allows requests that no authorization policy matches. */
public final class MeshDefaultAllowRule implements NodeRule {

    private static final RuleMetadata METADATA = Meta.rule("mesh-default-allow")
            .title("Mesh allows calls no policy matches")
            .rationale("With allow as the default, any workload can call any service that lacks its own policy, "
                    + "and a forgotten policy fails open; SP 800-204 asks for access-control policies to be on by "
                    + "default for every service.")
            .remediation("Install a mesh-wide deny-by-default policy and allow each call explicitly.")
            .severity(Severity.HIGH, "authorization failure on east-west traffic")
            .stride(Stride.E)
            .strategies(Strategy.MS_SS_13)
            .nist("MS-SS-13#2")
            .catalog("R204-13.2")
            .reference(Reference.SP800_204B, "APE-SR-3")
            .cwe(276)
            .targets(Targets.nodes(NodeKind.MESH_CONTROL_PLANE))
            .artefacts("Istio allow-nothing AuthorizationPolicy in the root namespace",
                    "Linkerd default-inbound-policy: deny", "Consul intentions default deny")
            .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public Outcome evaluate(Node node, AnalysisContext context) {
        Facts facts = Facts.collect();
        Fact<DefaultAuthz> decision = facts.of(node, MeshAttributes.DEFAULT_AUTHZ);
        if (decision.isUnknown()) {
            return facts.unknownOutcome();
        }
        if (decision.value() == DefaultAuthz.DENY) {
            return Outcome.PASS;
        }
        return Outcome.fire(METADATA.severity(), () -> "Mesh " + node.name() + " allows every call that no policy matches",
                List.of(Evidences.of(node, MeshAttributes.DEFAULT_AUTHZ)));
    }
}
