package org.threatmesh.rules.builtin.abac;

import java.util.ArrayList;
import java.util.List;
import org.threatmesh.model.Edge;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.attr.AuthzLevel;
import org.threatmesh.model.attr.EdgeAttributes;
import org.threatmesh.model.attr.Fact;
import org.threatmesh.model.attr.Sensitivity;
import org.threatmesh.rules.AnalysisContext;
import org.threatmesh.rules.Evidence;
import org.threatmesh.rules.NodeRule;
import org.threatmesh.rules.Outcome;
import org.threatmesh.rules.Reach;
import org.threatmesh.rules.Reference;
import org.threatmesh.rules.RuleMetadata;
import org.threatmesh.rules.Severity;
import org.threatmesh.rules.Stride;
import org.threatmesh.rules.Targets;
import org.threatmesh.rules.builtin.support.Evidences;
import org.threatmesh.rules.builtin.support.Facts;
import org.threatmesh.rules.builtin.support.Meta;
import org.threatmesh.rules.builtin.support.Topology;

/**
 * SP 800-204B SAUZ-SR-1: an in-mesh service that admits in-mesh callers with no service-to-service authorization
 * (high), or a sensitive one that authorizes them only coarsely, at namespace level (medium).
 */
public final class MissingServiceToServicePolicyRule implements NodeRule {

    private static final RuleMetadata METADATA = Meta.rule("missing-service-to-service-policy")
            .title("In-mesh service without a service-to-service access policy")
            .rationale("Without a policy naming which services may call it, any workload in the mesh can reach the "
                    + "service, and namespace-level policies are too coarse for sensitive ones; SP 800-204B asks "
                    + "for an access policy for every service, ideally per calling service and per method and path.")
            .remediation("Define an authorization policy per service that names the calling principals and the "
                    + "methods and paths they may use.")
            .severity(Severity.HIGH, "high without any policy; medium for namespace-only policy on sensitive data")
            .stride(Stride.E)
            .reference(Reference.SP800_204B, "SAUZ-SR-1")
            .cwe(862)
            .targets(Targets.nodes(NodeKind.SERVICE))
            .artefacts("Istio AuthorizationPolicy from.source.principals and to.operation.methods/paths")
            .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public Reach reach() {
        return Reach.NEIGHBOURS;
    }

    @Override
    public Outcome evaluate(Node node, AnalysisContext context) {
        Facts facts = Facts.collect();
        boolean sensitive = context.isAtLeast(node, Sensitivity.SENSITIVE);
        List<Evidence> open = new ArrayList<>();
        List<Evidence> coarse = new ArrayList<>();
        for (Edge edge : Topology.incoming(node, context)) {
            Facts edgeFacts = Facts.collect();
            Fact<Boolean> inMesh = Topology.bothInMesh(edge, context, edgeFacts);
            if (inMesh.is(false)) {
                continue;
            }
            Fact<AuthzLevel> authz = edgeFacts.of(edge, EdgeAttributes.AUTHZ_AT_DESTINATION);
            if (inMesh.is(true) && authz.is(AuthzLevel.NONE)) {
                open.add(Evidences.of(edge, EdgeAttributes.AUTHZ_AT_DESTINATION));
            } else if (inMesh.is(true) && sensitive && authz.is(AuthzLevel.COARSE)) {
                coarse.add(Evidences.of(edge, EdgeAttributes.AUTHZ_AT_DESTINATION));
            } else {
                facts.include(edgeFacts);
            }
        }
        if (open.isEmpty() && coarse.isEmpty()) {
            return facts.anyUnknown() ? facts.unknownOutcome() : Outcome.PASS;
        }
        Severity base = open.isEmpty() ? Severity.MEDIUM : Severity.HIGH;
        List<Evidence> evidence = new ArrayList<>(open);
        evidence.addAll(coarse);
        return Outcome.fire(context.rubric(base, context.isAtLeast(node, Sensitivity.HIGHLY_SENSITIVE), false),
                () -> open.isEmpty() ? node.name() + " authorizes in-mesh callers only at namespace level"
                        : node.name() + " admits in-mesh callers without a service-to-service policy", evidence);
    }
}
