package org.threatmesh.rules.builtin.resilience;

import java.util.ArrayList;
import java.util.List;
import org.threatmesh.model.Edge;
import org.threatmesh.model.Node;
import org.threatmesh.model.attr.CallMode;
import org.threatmesh.model.attr.EdgeAttributes;
import org.threatmesh.model.attr.Fact;
import org.threatmesh.model.attr.Sensitivity;
import org.threatmesh.rules.AnalysisContext;
import org.threatmesh.rules.EdgeRule;
import org.threatmesh.rules.Evidence;
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
 * R204-6.1c (extension): retries that can amplify a failure. A retrying call fires when it retries more often than
 * {@code maxRetries} or has no retry budget; it needs a known overall and per-try timeout to pass.
 */
public final class UnboundedRetriesRule implements EdgeRule {

    /** The catalog's default: at most three retry attempts. */
    public static final int DEFAULT_MAX_RETRIES = 3;

    private static final RuleMetadata METADATA = Meta.rule("unbounded-retries")
            .title("Retries without bounds")
            .rationale("Retries without a timeout, a per-try timeout or a retry budget multiply the load on a "
                    + "struggling service and turn a slow dependency into a retry storm that spreads the failure "
                    + "up the call chain. SP 800-204 does not state this; it extends MS-SS-6.")
            .remediation("Give every retried call an overall timeout, a per-try timeout, at most three attempts and a "
                    + "retry budget.")
            .severity(Severity.MEDIUM, "retry storms amplify cascading failures")
            .stride(Stride.D)
            .strategies(Strategy.MS_SS_6)
            .nist("MS-SS-6#1")
            .catalog("R204-6.1c")
            .cwe(400)
            .targets(Targets.edges())
            .artefacts("Istio VirtualService http.timeout", "Istio VirtualService http.retries",
                    "Envoy Gateway BackendTrafficPolicy retry", "Envoy Gateway BackendTrafficPolicy timeout")
            .extension()
            .build();

    private final int maxRetries;

    public UnboundedRetriesRule() {
        this(DEFAULT_MAX_RETRIES);
    }

    /** @param maxRetries the most retry attempts a call may make; one more fires */
    public UnboundedRetriesRule(int maxRetries) {
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must not be negative, was " + maxRetries);
        }
        this.maxRetries = maxRetries;
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
    public Outcome evaluate(Edge edge, AnalysisContext context) {
        if (!ServiceCalls.isInternalApiCall(edge, context)) {
            return Outcome.NOT_APPLICABLE;
        }
        Facts facts = Facts.collect();
        Fact<CallMode> mode = facts.of(edge, EdgeAttributes.MODE);
        if (mode.is(CallMode.ASYNC)) {
            return Outcome.NOT_APPLICABLE;
        }
        Fact<Integer> attempts = facts.of(edge, EdgeAttributes.RETRY_ATTEMPTS);
        if (attempts.is(0)) {
            return Outcome.NOT_APPLICABLE;
        }
        List<Evidence> evidence = new ArrayList<>();
        if (attempts.matches(n -> n > maxRetries)) {
            evidence.add(Evidences.of(edge, EdgeAttributes.RETRY_ATTEMPTS));
        }
        Fact<Boolean> budget = facts.of(edge, EdgeAttributes.RETRY_BUDGET);
        if (budget.is(false)) {
            evidence.add(Evidences.of(edge, EdgeAttributes.RETRY_BUDGET));
        }
        if (!evidence.isEmpty() && mode.is(CallMode.SYNC) && attempts.isKnown()) {
            Severity severity = context.rubric(METADATA.severity(),
                    context.targetIsAtLeast(edge, Sensitivity.HIGHLY_SENSITIVE), false);
            evidence.add(0, Evidences.of(edge, EdgeAttributes.MODE));
            // Resolved here so that the message, built when read, does not keep the context alive.
            Node msgFrom = context.source(edge);
            Node msgTo = context.target(edge);
            return Outcome.fire(severity, () -> Topology.calls(msgFrom, msgTo) + " retry without bounds (at most "
                    + maxRetries + " attempts with a retry budget expected)", evidence);
        }
        facts.of(edge, EdgeAttributes.TIMEOUT);
        facts.of(edge, EdgeAttributes.RETRY_PER_TRY_TIMEOUT);
        return facts.anyUnknown() ? facts.unknownOutcome() : Outcome.PASS;
    }
}
