package org.threatmesh.rules.builtin.throttling;

import java.util.ArrayList;
import java.util.List;
import org.threatmesh.model.Edge;
import org.threatmesh.model.Node;
import org.threatmesh.model.attr.ClientAuthn;
import org.threatmesh.model.attr.EdgeAttributes;
import org.threatmesh.model.attr.Fact;
import org.threatmesh.model.attr.Sensitivity;
import org.threatmesh.rules.AnalysisContext;
import org.threatmesh.rules.Evidence;
import org.threatmesh.rules.EdgeRule;
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
 * R204-8.1: a call from outside the system that is not rate limited. High when the call is unauthenticated; an
 * unknown authentication counts as unauthenticated. North-south is part of the condition, so only the sensitivity
 * modifier of the rubric applies.
 */
public final class MissingRateLimitRule implements EdgeRule {

    private static final RuleMetadata METADATA = Meta.rule("missing-rate-limit")
            .title("Calls from outside are not rate limited")
            .rationale("Without quotas one client can starve the others and a flood of requests reaches the "
                    + "services unchecked; SP 800-204 asks for limits based on both infrastructure and application "
                    + "requirements.")
            .remediation("Rate limit calls from outside at the gateway, with limits derived from both infrastructure "
                    + "capacity and application needs.")
            .severity(Severity.MEDIUM, "medium; high on unauthenticated endpoints")
            .stride(Stride.D)
            .strategies(Strategy.MS_SS_8)
            .nist("MS-SS-8#1")
            .catalog("R204-8.1")
            .cwe(770)
            .targets(Targets.edges())
            .artefacts("Envoy local_ratelimit", "Envoy global rate limit service",
                    "Envoy Gateway BackendTrafficPolicy rateLimit", "Kong rate-limiting plugin",
                    "Istio DestinationRule connectionPool")
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
    public Outcome evaluate(Edge edge, AnalysisContext context) {
        if (!Topology.isFromOutside(edge, context)) {
            return Outcome.NOT_APPLICABLE;
        }
        Facts facts = Facts.collect();
        Fact<Boolean> limited = facts.of(edge, EdgeAttributes.RATE_LIMITED);
        if (limited.isUnknown()) {
            return facts.unknownOutcome();
        }
        if (limited.value()) {
            return Outcome.PASS;
        }
        Fact<ClientAuthn> authn = edge.get(EdgeAttributes.CLIENT_AUTHN);
        boolean authenticated = authn.isKnown() && authn.value() != ClientAuthn.NONE;
        List<Evidence> evidence = new ArrayList<>(List.of(Evidences.of(edge, EdgeAttributes.RATE_LIMITED)));
        if (!authenticated) {
            evidence.add(Evidences.of(edge, EdgeAttributes.CLIENT_AUTHN));
        }
        Severity severity = context.rubric(authenticated ? Severity.MEDIUM : Severity.HIGH,
                context.targetIsAtLeast(edge, Sensitivity.HIGHLY_SENSITIVE), false);
        // Resolved here so that the message, built when read, does not keep the context alive.
        Node msgFrom = context.source(edge);
        Node msgTo = context.target(edge);
        return Outcome.fire(severity, () -> Topology.calls(msgFrom, msgTo) + " are not rate limited", evidence);
    }
}
