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

/** R204-6.1b: the only circuit breaker is a library inside the caller. */
public final class ClientSideCircuitBreakerRule implements EdgeRule {

    private static final RuleMetadata METADATA = Meta.rule("client-side-circuit-breaker-only")
            .title("Circuit breaker only in the calling client")
            .rationale("A client-side breaker must be trusted in every caller and sees only that caller's view of "
                    + "failures; SP 800-204 recommends the proxy option so that only the proxy has to be trusted "
                    + "for thresholds and cut-offs. This rule also covers advisory ADV-7.")
            .remediation("Move the thresholds out of the client library into the sidecar or gateway proxy in front "
                    + "of the callee.")
            .severity(Severity.LOW, "trust and integrity concern with a local view only; the call is still protected")
            .stride(Stride.D, Stride.T)
            .strategies(Strategy.MS_SS_6)
            .nist("MS-SS-6#1")
            .catalog("R204-6.1b")
            .targets(Targets.edges())
            .artefacts("Istio DestinationRule outlierDetection", "Envoy Gateway BackendTrafficPolicy circuitBreaker",
                    "Kong upstream healthchecks.passive")
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
        return Optional.of(Remedy.set("Move the circuit breaker into the proxy", EdgeAttributes.CIRCUIT_BREAKER,
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
        if (breaker.isKnown() && breaker.value() != CircuitBreakerPlacement.CLIENT) {
            return breaker.is(CircuitBreakerPlacement.NONE) ? Outcome.NOT_APPLICABLE : Outcome.PASS;
        }
        if (facts.anyUnknown()) {
            return facts.unknownOutcome();
        }
        Severity severity = context.rubric(METADATA.severity(),
                context.targetIsAtLeast(edge, Sensitivity.HIGHLY_SENSITIVE), false);
        // Resolved here so that the message, built when read, does not keep the context alive.
        Node msgFrom = context.source(edge);
        Node msgTo = context.target(edge);
        return Outcome.fire(severity, () -> Topology.calls(msgFrom, msgTo)
                        + " rely on a circuit breaker inside " + msgFrom.name() + " only",
                List.of(Evidences.of(edge, EdgeAttributes.MODE), Evidences.of(edge, EdgeAttributes.CIRCUIT_BREAKER)));
    }
}
