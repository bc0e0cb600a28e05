package org.threatmesh.rules.builtin.mesh;

import java.util.List;
import java.util.Optional;
import org.threatmesh.model.Edge;
import org.threatmesh.model.Node;
import org.threatmesh.model.attr.EdgeAttributes;
import org.threatmesh.model.attr.Fact;
import org.threatmesh.rules.AnalysisContext;
import org.threatmesh.rules.EdgeRule;
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
 * R204-13.1b: a hot in-mesh path (at least {@code hotPathCallsPerSecond}) with no connection or request limits.
 * Known pool limits ({@code maxConnections}, {@code maxPendingRequests}) count as limits.
 */
public final class MissingConnectionLimitsRule implements EdgeRule {

    /** The catalog's "frequent" threshold: ten calls per second. */
    public static final int DEFAULT_HOT_PATH_CALLS_PER_SECOND = 10;

    private static final RuleMetadata METADATA = Meta.rule("hot-path-without-connection-limits")
            .title("Hot path between services without connection limits")
            .rationale("Without connection and request limits a busy caller can exhaust its callee, and the overload "
                    + "spreads; SP 800-204 asks for mesh policies that set the traffic load between service pairs "
                    + "according to application needs.")
            .remediation("Set connection-pool limits (connections, pending and concurrent requests) on the "
                    + "destination for this pair.")
            .severity(Severity.LOW, "availability item on a hot path")
            .stride(Stride.D)
            .strategies(Strategy.MS_SS_13)
            .nist("MS-SS-13#1")
            .catalog("R204-13.1b")
            .cwe(770)
            .targets(Targets.edges())
            .artefacts("Istio DestinationRule connectionPool")
            .build();

    private final int hotPathCallsPerSecond;

    public MissingConnectionLimitsRule() {
        this(DEFAULT_HOT_PATH_CALLS_PER_SECOND);
    }

    /** @param hotPathCallsPerSecond the call rate from which a path counts as hot */
    public MissingConnectionLimitsRule(int hotPathCallsPerSecond) {
        if (hotPathCallsPerSecond < 0) {
            throw new IllegalArgumentException("hotPathCallsPerSecond must not be negative, was "
                    + hotPathCallsPerSecond);
        }
        this.hotPathCallsPerSecond = hotPathCallsPerSecond;
    }

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
        return Optional.of(Remedy.set("Set connection limits", EdgeAttributes.CONNECTION_LIMITS, true));
    }

    @Override
    public Outcome evaluate(Edge edge, AnalysisContext context) {
        Facts facts = Facts.collect();
        Fact<Boolean> inMesh = Topology.bothInMesh(edge, context, facts);
        if (inMesh.is(false)) {
            return Outcome.NOT_APPLICABLE;
        }
        if (edge.get(EdgeAttributes.MAX_CONNECTIONS).isKnown()
                || edge.get(EdgeAttributes.MAX_PENDING_REQUESTS).isKnown()) {
            return Outcome.PASS;
        }
        Fact<Boolean> limits = facts.of(edge, EdgeAttributes.CONNECTION_LIMITS);
        if (limits.is(true)) {
            return Outcome.PASS;
        }
        Fact<Integer> rate = facts.of(edge, EdgeAttributes.CALLS_PER_SECOND);
        if (rate.matches(r -> r < hotPathCallsPerSecond)) {
            return Outcome.NOT_APPLICABLE;
        }
        if (facts.anyUnknown()) {
            return facts.unknownOutcome();
        }
        // Resolved here so that the message, built when read, does not keep the context alive.
        Node msgFrom = context.source(edge);
        Node msgTo = context.target(edge);
        return Outcome.fire(Severities.forEdge(METADATA, edge, context), () -> Topology.calls(msgFrom, msgTo) + " run at " + rate.value()
                        + " calls/s with no connection limits",
                List.of(Evidences.of(edge, EdgeAttributes.CONNECTION_LIMITS),
                        Evidences.of(edge, EdgeAttributes.CALLS_PER_SECOND)));
    }
}
