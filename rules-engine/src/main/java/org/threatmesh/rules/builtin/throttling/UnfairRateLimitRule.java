package org.threatmesh.rules.builtin.throttling;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.threatmesh.model.Edge;
import org.threatmesh.model.Node;
import org.threatmesh.model.attr.EdgeAttributes;
import org.threatmesh.model.attr.Exposure;
import org.threatmesh.model.attr.Fact;
import org.threatmesh.model.attr.RateLimitKey;
import org.threatmesh.model.attr.WorkloadAttributes;
import org.threatmesh.rules.AnalysisContext;
import org.threatmesh.rules.EdgeRule;
import org.threatmesh.rules.Evidence;
import org.threatmesh.rules.Outcome;
import org.threatmesh.rules.Reach;
import org.threatmesh.rules.Remedy;
import org.threatmesh.rules.RuleMetadata;
import org.threatmesh.rules.Severity;
import org.threatmesh.rules.Strategy;
import org.threatmesh.rules.Stride;
import org.threatmesh.rules.Targets;
import org.threatmesh.rules.builtin.support.Evidences;
import org.threatmesh.rules.builtin.support.Facts;
import org.threatmesh.rules.builtin.support.Meta;
import org.threatmesh.rules.builtin.support.Severities;
import org.threatmesh.rules.builtin.support.Topology;

/**
 * R204-8.2: a public or partner API whose rate limit is not per consumer or not derived from a usage plan. Calls
 * with no rate limit at all are R204-8.1's finding.
 */
public final class UnfairRateLimitRule implements EdgeRule {

    private static final RuleMetadata METADATA = Meta.rule("rate-limit-not-per-consumer")
            .title("Rate limit not per consumer or not from a usage plan")
            .rationale("A limit that all consumers share, or that is not derived from a usage plan, lets one noisy "
                    + "consumer use up everyone's quota; SP 800-204 asks for limits derived from well-defined API "
                    + "usage plans.")
            .remediation("Key the limit by consumer, API key or client id and derive its values from the API's usage "
                    + "plans.")
            .severity(Severity.LOW, "unfair sharing between consumers; the API is still throttled")
            .stride(Stride.D)
            .strategies(Strategy.MS_SS_8)
            .nist("MS-SS-8#2")
            .catalog("R204-8.2")
            .targets(Targets.edges())
            .artefacts("Kong consumer-group rate limits", "API management usage plans",
                    "Envoy global rate limit descriptors keyed on client id")
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
    public Optional<Remedy> remedy() {
        return Optional.of(Remedy.set("Limit per consumer from usage plans", EdgeAttributes.RATE_LIMIT_KEY,
                RateLimitKey.CONSUMER).and(EdgeAttributes.RATE_LIMIT_PLAN_BASED, true));
    }

    @Override
    public Outcome evaluate(Edge edge, AnalysisContext context) {
        Node target = context.target(edge);
        if (!Topology.isFromOutside(edge, context)
                || !WorkloadAttributes.EXPOSURE.applies().toNode(context.targetKind(edge))) {
            return Outcome.NOT_APPLICABLE;
        }
        Facts facts = Facts.collect();
        Fact<Exposure> exposure = facts.of(target, WorkloadAttributes.EXPOSURE);
        Fact<Boolean> limited = facts.of(edge, EdgeAttributes.RATE_LIMITED);
        if (exposure.is(Exposure.PRIVATE) || limited.is(false)) {
            return Outcome.NOT_APPLICABLE;
        }
        Fact<RateLimitKey> key = facts.of(edge, EdgeAttributes.RATE_LIMIT_KEY);
        Fact<Boolean> planBased = facts.of(edge, EdgeAttributes.RATE_LIMIT_PLAN_BASED);
        List<Evidence> evidence = new ArrayList<>();
        if (key.isAnyOf(RateLimitKey.GLOBAL, RateLimitKey.IP)) {
            evidence.add(Evidences.of(edge, EdgeAttributes.RATE_LIMIT_KEY));
        }
        if (planBased.is(false)) {
            evidence.add(Evidences.of(edge, EdgeAttributes.RATE_LIMIT_PLAN_BASED));
        }
        if (!evidence.isEmpty() && exposure.isKnown() && limited.isKnown()) {
            evidence.add(0, Evidences.of(target, WorkloadAttributes.EXPOSURE));
            // Resolved here so that the message, built when read, does not keep the context alive.
            Node msgFrom = context.source(edge);
            Node msgTo = context.target(edge);
            return Outcome.fire(Severities.forEdgeFromOutside(METADATA, edge, context), () -> Topology.calls(msgFrom, msgTo)
                    + " share a rate limit that is not per consumer and plan", evidence);
        }
        return facts.anyUnknown() ? facts.unknownOutcome() : Outcome.PASS;
    }
}
