package org.threatmesh.rules.builtin.abuse;

import java.util.ArrayList;
import java.util.List;
import org.threatmesh.model.Edge;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeId;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.attr.EdgeAttributes;
import org.threatmesh.model.attr.Sensitivity;
import org.threatmesh.model.attr.WorkloadAttributes;
import org.threatmesh.rules.AnalysisContext;
import org.threatmesh.rules.Evidence;
import org.threatmesh.rules.NodeRule;
import org.threatmesh.rules.Outcome;
import org.threatmesh.rules.Reach;
import org.threatmesh.rules.Reference;
import org.threatmesh.rules.RuleMetadata;
import org.threatmesh.rules.Severity;
import org.threatmesh.rules.Strategy;
import org.threatmesh.rules.Stride;
import org.threatmesh.rules.Targets;
import org.threatmesh.rules.builtin.support.Evidences;
import org.threatmesh.rules.builtin.support.Facts;
import org.threatmesh.rules.builtin.support.Meta;
import org.threatmesh.rules.builtin.support.Topology;

/**
 * R204-11.1b: a workload that accepts bearer tokens where no detector covers it. A detector covers the workload when
 * it is the workload itself, a gateway calling it, monitoring it reports to, or the mesh control plane. The
 * system-wide question is R204-5.1c.
 */
public final class TokenReuseUncoveredRule implements NodeRule {

    private static final RuleMetadata METADATA = Meta.rule("token-reuse-uncovered")
            .title("Bearer tokens accepted without reuse detection")
            .rationale("SP 800-204 says the threshold-and-countermeasure capability must be present wherever bearer "
                    + "tokens are used, so that a stolen token replayed from elsewhere is noticed.")
            .remediation("Cover every workload that accepts bearer tokens with token-reuse detection, in front of it, "
                    + "in it, or in the monitoring it reports to; prefer sender-constrained tokens.")
            .severity(Severity.MEDIUM, "a NIST must item; stolen tokens go unnoticed")
            .stride(Stride.S)
            .strategies(Strategy.MS_SS_11)
            .nist("MS-SS-11#1")
            .catalog("R204-11.1b")
            .reference(Reference.SP800_204A, "SM-DR21")
            .cwe(294)
            .targets(Targets.nodes(NodeKind.SERVICE, NodeKind.API_GATEWAY, NodeKind.INGRESS_GATEWAY))
            .artefacts("SIEM correlation on token identifiers", "DPoP or mTLS-bound tokens")
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
        return java.util.Optional.of(java.util.Set.of(org.threatmesh.model.attr.WorkloadAttributes.TOKEN_REUSE_DETECTION));
    }

    @Override
    public Outcome evaluate(Node node, AnalysisContext context) {
        Facts authnFacts = Facts.collect();
        List<Evidence> bearerCalls = new ArrayList<>();
        for (Edge edge : Topology.incoming(node, context)) {
            if (authnFacts.of(edge, EdgeAttributes.CLIENT_AUTHN).matches(Topology::isBearerToken)) {
                bearerCalls.add(Evidences.of(edge, EdgeAttributes.CLIENT_AUTHN));
            }
        }
        if (bearerCalls.isEmpty()) {
            return authnFacts.anyUnknown() ? authnFacts.unknownOutcome() : Outcome.NOT_APPLICABLE;
        }
        Facts facts = Facts.collect();
        for (Node detector : detectors(node, context)) {
            if (facts.of(detector, WorkloadAttributes.TOKEN_REUSE_DETECTION).is(true)) {
                return Outcome.PASS;
            }
        }
        if (facts.anyUnknown()) {
            return facts.unknownOutcome();
        }
        return Outcome.fire(context.rubric(METADATA.severity(), context.isAtLeast(node, Sensitivity.HIGHLY_SENSITIVE),
                        false), () -> node.name() + " accepts bearer tokens but no detector covers their reuse",
                bearerCalls);
    }

    private static List<Node> detectors(Node node, AnalysisContext context) {
        List<Node> result = new ArrayList<>();
        result.add(node);
        for (NodeId caller : context.callers(node.id())) {
            Node candidate = context.node(caller);
            if (candidate.kind() == NodeKind.API_GATEWAY || candidate.kind() == NodeKind.INGRESS_GATEWAY) {
                result.add(candidate);
            }
        }
        for (NodeId callee : context.callees(node.id())) {
            if (context.node(callee).kind() == NodeKind.MONITORING) {
                result.add(context.node(callee));
            }
        }
        result.addAll(context.nodesOfKind(NodeKind.MESH_CONTROL_PLANE));
        return result;
    }
}
