package org.threatmesh.rules.builtin.throttling;

import java.util.ArrayList;
import java.util.List;
import org.threatmesh.model.Edge;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.attr.EdgeAttributes;
import org.threatmesh.model.attr.Fact;
import org.threatmesh.model.attr.ReplayProtection;
import org.threatmesh.model.attr.Sensitivity;
import org.threatmesh.model.attr.WorkloadAttributes;
import org.threatmesh.rules.AnalysisContext;
import org.threatmesh.rules.Evidence;
import org.threatmesh.rules.NodeRule;
import org.threatmesh.rules.Outcome;
import org.threatmesh.rules.Reach;
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
 * R204-8.3: a high-security service (flagged, or holding highly sensitive data) that accepts state-changing calls
 * without any replay detection.
 */
public final class MissingReplayDetectionRule implements NodeRule {

    private static final RuleMetadata METADATA = Meta.rule("missing-replay-detection")
            .title("High-security service without replay detection")
            .rationale("A captured request replayed against a high-security service repeats its effect, for "
                    + "example a payment; SP 800-204 says high-security services must detect replays, on every "
                    + "request or on a random sample depending on risk.")
            .remediation("Detect replays with nonces, timestamps or token identifiers checked at the gateway or in "
                    + "an external authorizer, or with signed requests carrying a nonce.")
            .severity(Severity.HIGH, "a NIST must item on high-security services")
            .stride(Stride.S, Stride.T)
            .strategies(Strategy.MS_SS_8)
            .nist("MS-SS-8#3")
            .catalog("R204-8.3")
            .cwe(294)
            .targets(Targets.nodes(NodeKind.SERVICE))
            .artefacts("jti or nonce cache in Envoy ext_authz (OPA)", "HTTP Message Signatures (RFC 9421) with nonce",
                    "idempotency keys")
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
        boolean highlySensitive = context.isAtLeast(node, Sensitivity.HIGHLY_SENSITIVE);
        Fact<Boolean> highSecurity = highlySensitive ? Fact.known(true) : facts.of(node, WorkloadAttributes.HIGH_SECURITY);
        if (highSecurity.is(false)) {
            return Outcome.NOT_APPLICABLE;
        }
        Fact<ReplayProtection> replay = facts.of(node, WorkloadAttributes.REPLAY_PROTECTION);
        if (replay.isAnyOf(ReplayProtection.SAMPLED, ReplayProtection.FULL)) {
            return Outcome.PASS;
        }
        List<Evidence> stateChanging = new ArrayList<>();
        Facts inbound = Facts.collect();
        for (Edge edge : Topology.incoming(node, context)) {
            if (inbound.of(edge, EdgeAttributes.STATE_CHANGING).is(true)) {
                stateChanging.add(Evidences.of(edge, EdgeAttributes.STATE_CHANGING));
            }
        }
        if (stateChanging.isEmpty()) {
            if (!inbound.anyUnknown()) {
                return Outcome.NOT_APPLICABLE;
            }
            List<String> unknowns = new ArrayList<>(facts.unknowns());
            unknowns.addAll(inbound.unknowns());
            return Outcome.unknown(unknowns);
        }
        if (facts.anyUnknown()) {
            return facts.unknownOutcome();
        }
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(highlySensitive ? Evidences.of(node, WorkloadAttributes.DATA_SENSITIVITY)
                : Evidences.of(node, WorkloadAttributes.HIGH_SECURITY));
        evidence.add(Evidences.of(node, WorkloadAttributes.REPLAY_PROTECTION));
        evidence.addAll(stateChanging);
        return Outcome.fire(context.rubric(METADATA.severity(), highlySensitive, false),
                () -> "High-security service " + node.name() + " accepts state-changing calls without replay detection",
                evidence);
    }
}
