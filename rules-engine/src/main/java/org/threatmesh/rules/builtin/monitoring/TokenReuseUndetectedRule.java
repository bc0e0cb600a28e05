package org.threatmesh.rules.builtin.monitoring;

import java.util.ArrayList;
import java.util.List;
import org.threatmesh.model.Edge;
import org.threatmesh.model.ModelId;
import org.threatmesh.model.Node;
import org.threatmesh.model.attr.ClientAuthn;
import org.threatmesh.model.attr.EdgeAttributes;
import org.threatmesh.model.attr.Fact;
import org.threatmesh.model.attr.WorkloadAttributes;
import org.threatmesh.rules.AnalysisContext;
import org.threatmesh.rules.Evidence;
import org.threatmesh.rules.ModelRule;
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
import org.threatmesh.rules.builtin.support.Topology;

/**
 * R204-5.1c: bearer tokens are in use but nothing in the system (gateway, service, mesh or SIEM) detects their
 * reuse. Per-consumer coverage is R204-11.1b.
 */
public final class TokenReuseUndetectedRule implements ModelRule {

    private static final RuleMetadata METADATA = Meta.rule("token-reuse-undetected")
            .title("Bearer-token reuse is not detected anywhere")
            .rationale("Whoever holds a bearer token can use it, so a stolen token is only noticed if something "
                    + "watches for the same token from different origins; SP 800-204 names token reuse as "
                    + "misbehaviour monitoring must detect.")
            .remediation("Detect bearer-token reuse at the gateway, in the mesh or with a SIEM correlation rule on "
                    + "token identifiers across client addresses.")
            .severity(Severity.MEDIUM, "detection gap for stolen tokens")
            .stride(Stride.S, Stride.R)
            .strategies(Strategy.MS_SS_5)
            .nist("MS-SS-5#1")
            .catalog("R204-5.1c")
            .reference(Reference.SP800_204A, "SM-DR21")
            .cwe(294)
            .targets(Targets.model())
            .artefacts("SIEM correlation on jti or token hash across client IPs", "gateway token-reuse plugin")
            .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public java.util.Optional<java.util.Set<org.threatmesh.model.attr.AttributeKey<?>>> graphInputs() {
        return java.util.Optional.of(java.util.Set.of(org.threatmesh.model.attr.EdgeAttributes.CLIENT_AUTHN, org.threatmesh.model.attr.WorkloadAttributes.TOKEN_REUSE_DETECTION));
    }

    @Override
    public Outcome evaluate(AnalysisContext context) {
        Facts facts = Facts.collect();
        List<Evidence> bearerCalls = new ArrayList<>();
        for (Edge edge : context.model().edges().values()) {
            Fact<ClientAuthn> authn = facts.of(edge, EdgeAttributes.CLIENT_AUTHN);
            if (authn.matches(Topology::isBearerToken)) {
                bearerCalls.add(Evidences.of(edge, EdgeAttributes.CLIENT_AUTHN));
            }
        }
        if (bearerCalls.isEmpty()) {
            return facts.anyUnknown() ? facts.unknownOutcome() : Outcome.NOT_APPLICABLE;
        }
        Facts detection = Facts.collect();
        for (Node node : context.model().nodes().values()) {
            if (WorkloadAttributes.TOKEN_REUSE_DETECTION.applies().toNode(node.kind())
                    && detection.of(node, WorkloadAttributes.TOKEN_REUSE_DETECTION).is(true)) {
                return Outcome.PASS;
            }
        }
        if (detection.anyUnknown()) {
            return detection.unknownOutcome();
        }
        List<Evidence> evidence = new ArrayList<>(bearerCalls);
        evidence.add(Evidences.derived(ModelId.MODEL, "nodes detecting token reuse", "none"));
        return Outcome.fire(METADATA.severity(), () -> "Calls carry bearer tokens but nothing in the system detects "
                + "token reuse", evidence);
    }
}
