package org.threatmesh.rules.builtin.resilience;

import java.util.List;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.attr.Fact;
import org.threatmesh.model.attr.HealthCheckMode;
import org.threatmesh.model.attr.InfrastructureAttributes;
import org.threatmesh.rules.AnalysisContext;
import org.threatmesh.rules.NodeRule;
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

/** R204-7.1: a load balancer that learns backend health per request, or not at all. */
public final class PerRequestHealthCheckRule implements NodeRule {

    private static final RuleMetadata METADATA = Meta.rule("per-request-health-checks")
            .title("Load balancer health checks coupled to requests")
            .rationale("When health is learnt inline from live requests, or not at all, the balancing pool keeps "
                    + "failing instances until real requests fail on them; SP 800-204 asks for health checking "
                    + "decoupled from requests and run in the background.")
            .remediation("Enable active health checks that run in the background and feed the balancing pool.")
            .severity(Severity.LOW, "operational availability item")
            .stride(Stride.D)
            .strategies(Strategy.MS_SS_7)
            .nist("MS-SS-7#1")
            .catalog("R204-7.1")
            .reference(Reference.SP800_204A, "SM-DR26")
            .targets(Targets.nodes(NodeKind.LOAD_BALANCER))
            .artefacts("Envoy Gateway BackendTrafficPolicy healthCheck.active", "Kong upstream healthchecks.active",
                    "Kubernetes readinessProbe")
            .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public Outcome evaluate(Node node, AnalysisContext context) {
        Facts facts = Facts.collect();
        Fact<HealthCheckMode> mode = facts.of(node, InfrastructureAttributes.HEALTH_CHECK);
        if (mode.isUnknown()) {
            return facts.unknownOutcome();
        }
        if (mode.value() == HealthCheckMode.ACTIVE) {
            return Outcome.PASS;
        }
        String how = mode.value() == HealthCheckMode.NONE ? "does not check backend health"
                : "learns backend health only from live requests";
        return Outcome.fire(METADATA.severity(), () -> "Load balancer " + node.name() + " " + how,
                List.of(Evidences.of(node, InfrastructureAttributes.HEALTH_CHECK)));
    }
}
