package org.threatmesh.rules.builtin.authz;

import java.util.EnumSet;
import java.util.List;
import org.threatmesh.model.Edge;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.attr.*;
import org.threatmesh.rules.*;
import org.threatmesh.rules.builtin.support.Facts;

/** R204-2.1b: a sensitive service has no fine-grained, business-level authorization anywhere on its calls. */
public final class SensitiveServiceWithoutFineAuthzRule implements NodeRule {

    public static final String ID = "sensitive-service-without-fine-authz";

    private static final RuleMetadata METADATA = new RuleMetadata(ID,
            "Sensitive service lacks fine-grained authorization",
            "Fine, business-domain authorization must be enforced close to the service or in it; gateway-level "
                    + "coarse checks leave object-level access (BOLA) open.",
            "Enforce fine-grained authorization in the service or its sidecar: per-operation policies on JWT "
                    + "claims or an external authorizer.",
            Severity.MEDIUM, "business-level authorization missing",
            EnumSet.of(Stride.E), List.of(Strategy.MS_SS_2),
            List.of(Reference.nist("MS-SS-2#1"), Facts.catalog("R204-2.1b"), Reference.cwe(639)),
            Targets.nodes(NodeKind.SERVICE),
            List.of("workload AuthorizationPolicy (to.operation, when on JWT claims)",
                    "AuthorizationPolicy action CUSTOM to OPA / authz server", "in-service checks"),
            RuleKind.CHECK, false);

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
        Fact<Sensitivity> sensitivity = facts.track(node.id(), WorkloadAttributes.DATA_SENSITIVITY,
                node.get(WorkloadAttributes.DATA_SENSITIVITY));
        if (sensitivity.matches(value -> value.compareTo(Sensitivity.SENSITIVE) < 0)) {
            return Outcome.NOT_APPLICABLE;
        }
        Fact<AuthzLevel> local = facts.track(node.id(), WorkloadAttributes.AUTHZ_LOCAL,
                node.get(WorkloadAttributes.AUTHZ_LOCAL));
        if (local.is(AuthzLevel.FINE)) {
            return Outcome.PASS;
        }
        // In call id order, like every inbound list of the context.
        List<Edge> inbound = context.callsInto(node.id());
        for (Edge edge : inbound) {
            Fact<AuthzLevel> atDestination = facts.track(edge.id(), EdgeAttributes.AUTHZ_AT_DESTINATION,
                    edge.get(EdgeAttributes.AUTHZ_AT_DESTINATION));
            if (atDestination.is(AuthzLevel.FINE)) {
                return Outcome.PASS;
            }
        }
        if (facts.anyUnknown()) {
            return facts.unknown();
        }
        return Outcome.fire(METADATA.severity(), () -> node.name() + " holds " + Facts.wire(sensitivity.value())
                + " data but neither it nor any of its " + inbound.size() + " inbound calls enforces fine-grained "
                + "authorization",
                List.of(Facts.evidence(node.id(), WorkloadAttributes.AUTHZ_LOCAL, local),
                        Facts.evidence(node.id(), WorkloadAttributes.DATA_SENSITIVITY, sensitivity)));
    }
}
