package org.threatmesh.rules.builtin.meshdeploy;

import java.util.List;
import org.threatmesh.model.Edge;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.attr.CallMode;
import org.threatmesh.model.attr.CircuitBreakerPlacement;
import org.threatmesh.model.attr.EdgeAttributes;
import org.threatmesh.model.attr.Fact;
import org.threatmesh.rules.AnalysisContext;
import org.threatmesh.rules.EdgeRule;
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
import org.threatmesh.rules.builtin.support.Severities;
import org.threatmesh.rules.builtin.support.Topology;

/**
 * SP 800-204A SM-DR9: a synchronous call to an external service without a circuit breaker. A call with a breaker
 * still needs a known timeout to pass.
 */
public final class ExternalCallWithoutResilienceRule implements EdgeRule {

    private static final RuleMetadata METADATA = Meta.rule("external-call-without-resilience")
            .title("External call without resilience settings")
            .rationale("An external dependency fails or slows down outside the system's control, and without a "
                    + "breaker and timeout its failure cascades inward; SP 800-204A asks for the same retries, "
                    + "timeouts and circuit breakers on external calls as on internal ones.")
            .remediation("Apply timeouts, bounded retries and outlier detection to the external service's mesh "
                    + "entry.")
            .severity(Severity.MEDIUM, "cascading failure from an external dependency")
            .stride(Stride.D)
            .reference(Reference.SP800_204A, "SM-DR9")
            .cwe(400)
            .targets(Targets.edges())
            .artefacts("Istio DestinationRule on ServiceEntry hosts", "Istio VirtualService timeout and retries")
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
        if (context.targetKind(edge) != NodeKind.EXTERNAL_SERVICE || !context.sourceKind(edge).isWorkload()) {
            return Outcome.NOT_APPLICABLE;
        }
        Facts facts = Facts.collect();
        Fact<CallMode> mode = facts.of(edge, EdgeAttributes.MODE);
        if (mode.is(CallMode.ASYNC)) {
            return Outcome.NOT_APPLICABLE;
        }
        Fact<CircuitBreakerPlacement> breaker = facts.of(edge, EdgeAttributes.CIRCUIT_BREAKER);
        if (breaker.is(CircuitBreakerPlacement.NONE) && mode.isKnown()) {
            // Resolved here so that the message, built when read, does not keep the context alive.
            Node msgFrom = context.source(edge);
            Node msgTo = context.target(edge);
            return Outcome.fire(Severities.forEdge(METADATA, edge, context), () -> Topology.calls(msgFrom, msgTo) + " have no circuit breaker",
                    List.of(Evidences.of(edge, EdgeAttributes.MODE),
                            Evidences.of(edge, EdgeAttributes.CIRCUIT_BREAKER)));
        }
        facts.of(edge, EdgeAttributes.TIMEOUT);
        return facts.anyUnknown() ? facts.unknownOutcome() : Outcome.PASS;
    }
}
