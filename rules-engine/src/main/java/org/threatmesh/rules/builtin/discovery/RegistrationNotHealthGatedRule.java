package org.threatmesh.rules.builtin.discovery;

import java.util.EnumSet;
import java.util.List;
import org.threatmesh.model.Edge;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.attr.*;
import org.threatmesh.rules.*;
import org.threatmesh.rules.builtin.support.Facts;

/** R204-3.6: a third-party registrar registers instances without checking their health first. */
public final class RegistrationNotHealthGatedRule implements NodeRule {

    public static final String ID = "registration-not-health-gated";

    private static final RuleMetadata METADATA = new RuleMetadata(ID, "Registration is not gated by a health check",
            "With a third-party registrar, services should be registered and deregistered only after a health "
                    + "check, or traffic is sent to unhealthy or rogue instances.",
            "Gate registration on health: readiness probes feeding endpoints, or registry health checks.",
            Severity.MEDIUM, "traffic sent to unhealthy or rogue instances",
            EnumSet.of(Stride.T, Stride.D), List.of(Strategy.MS_SS_3),
            List.of(Reference.nist("MS-SS-3#6"), Facts.catalog("R204-3.6")),
            Targets.nodes(NodeKind.SERVICE),
            List.of("Kubernetes readinessProbe", "Consul health checks"),
            RuleKind.CHECK, false);

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public Outcome evaluate(Node node, AnalysisContext context) {
        Facts facts = Facts.collect();
        Fact<Registration> registration = facts.track(node.id(), WorkloadAttributes.REGISTRATION,
                node.get(WorkloadAttributes.REGISTRATION));
        if (registration.isKnown() && !registration.is(Registration.THIRD_PARTY)) {
            return Outcome.NOT_APPLICABLE;
        }
        Fact<Boolean> gated = facts.track(node.id(), WorkloadAttributes.REGISTRATION_HEALTH_GATED,
                node.get(WorkloadAttributes.REGISTRATION_HEALTH_GATED));
        if (gated.is(true)) {
            return Outcome.PASS;
        }
        if (facts.anyUnknown()) {
            return facts.unknown();
        }
        return Outcome.fire(METADATA.severity(), () -> node.name() + " is registered by a third party without a health "
                + "check", List.of(Facts.evidence(node.id(), WorkloadAttributes.REGISTRATION, registration),
                        Facts.evidence(node.id(), WorkloadAttributes.REGISTRATION_HEALTH_GATED, gated)));
    }
}
