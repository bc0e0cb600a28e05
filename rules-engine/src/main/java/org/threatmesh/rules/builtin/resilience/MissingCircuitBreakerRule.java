package org.threatmesh.rules.builtin.resilience;

import java.util.List;
import java.util.Optional;
import org.threatmesh.model.Edge;
import org.threatmesh.model.Node;
import org.threatmesh.model.attr.CallMode;
import org.threatmesh.model.attr.CircuitBreakerPlacement;
import org.threatmesh.model.attr.EdgeAttributes;
import org.threatmesh.model.attr.Fact;
import org.threatmesh.model.attr.Sensitivity;
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
import org.threatmesh.rules.builtin.support.Topology;

/** R204-6.1a: a synchronous internal call with no circuit breaker at all. */
public final class MissingCircuitBreakerRule implements EdgeRule {

    private static final RuleMetadata METADATA = Meta.rule("sync-call-without-circuit-breaker")
            .title("Synchronous call without a circuit breaker")
            .rationale("A synchronous caller waits on its callee, so a failing service makes every service in the "
                    + "transaction chain unresponsive (cascading failure, SP 800-204 §3.2.3); a breaker fails fast "
                    + "instead. This rule also covers advisory ADV-7 (server-side and proxy breakers shield "
                    + "services), which therefore has no rule of its own.")
            .remediation("Configure a circuit breaker in the proxy in front of the callee, for example outlier "
                    + "detection and connection-pool limits on the destination.")
            .severity(Severity.MEDIUM, "availability weakness with a plausible exploit path (cascading failure)")
            .stride(Stride.D)
            .strategies(Strategy.MS_SS_6)
            .nist("MS-SS-6#1")
            .catalog("R204-6.1a")
            .cwe(400)
            .targets(Targets.edges())
            .artefacts("Istio DestinationRule outlierDetection", "Istio DestinationRule connectionPool",
                    "Envoy Gateway BackendTrafficPolicy circuitBreaker", "Kong upstream healthchecks.passive",
                    "Linkerd failure accrual")
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
        return Optional.of(Remedy.set("Add a proxy circuit breaker", EdgeAttributes.CIRCUIT_BREAKER,
                CircuitBreakerPlacement.PROXY));
    }

    @Override
    public Outcome evaluate(Edge edge, AnalysisContext context) {
        if (!ServiceCalls.isInternalApiCall(edge, context)) {
            return Outcome.NOT_APPLICABLE;
        }
        Facts facts = Facts.collect();
        Fact<CallMode> mode = facts.of(edge, EdgeAttributes.MODE);
        if (mode.is(CallMode.ASYNC)) {
            return Outcome.NOT_APPLICABLE;
        }
        Fact<CircuitBreakerPlacement> breaker = facts.of(edge, EdgeAttributes.CIRCUIT_BREAKER);
        if (breaker.isKnown() && breaker.value() != CircuitBreakerPlacement.NONE) {
            return Outcome.PASS;
        }
        if (facts.anyUnknown()) {
            return facts.unknownOutcome();
        }
        Severity severity = context.rubric(METADATA.severity(),
                context.targetIsAtLeast(edge, Sensitivity.HIGHLY_SENSITIVE), false);
        // Resolved here so that the message, built when read, does not keep the context alive.
        Node msgFrom = context.source(edge);
        Node msgTo = context.target(edge);
        return Outcome.fire(severity, () -> Topology.calls(msgFrom, msgTo) + " have no circuit breaker",
                List.of(Evidences.of(edge, EdgeAttributes.MODE), Evidences.of(edge, EdgeAttributes.CIRCUIT_BREAKER)));
    }
}
