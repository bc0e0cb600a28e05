package org.threatmesh.rules.builtin.transport;

import java.util.EnumSet;
import java.util.List;
import org.threatmesh.model.Edge;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.attr.*;
import org.threatmesh.rules.*;
import org.threatmesh.rules.builtin.support.Facts;

/** R204-4.1: an external client or internet node calls a service directly, without a gateway in between. */
public final class ClientCallsServiceDirectlyRule implements EdgeRule {

    public static final String ID = "client-calls-service-directly";

    private static final RuleMetadata METADATA = new RuleMetadata(ID, "Client calls a service directly",
            "Clients should not call target services directly but use the single gateway URL; direct calls skip "
                    + "every gateway control and enlarge the internet-facing attack surface.",
            "Route the client through the API or ingress gateway and keep the service reachable only from inside "
                    + "(ClusterIP, ingress network policy from the gateway).",
            Severity.HIGH, "skips gateway controls; critical when the service holds sensitive data",
            EnumSet.of(Stride.S, Stride.E, Stride.I), List.of(Strategy.MS_SS_4),
            List.of(Reference.nist("MS-SS-4#1"), Facts.catalog("R204-4.1"), Reference.cwe(284)),
            Targets.edges(),
            List.of("Istio or Gateway API Gateway + HTTPRoute / VirtualService", "Service type ClusterIP",
                    "NetworkPolicy ingress only from the gateway"),
            RuleKind.CHECK, false);

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public Outcome evaluate(Edge edge, AnalysisContext context) {
        Node target = context.target(edge);
        if (context.targetKind(edge) != NodeKind.SERVICE || !context.isNorthSouth(edge)) {
            return Outcome.NOT_APPLICABLE;
        }
        boolean sensitive = context.targetIsAtLeast(edge, Sensitivity.SENSITIVE);
        // Resolved here so that the message, built when read, does not keep the context alive.
        Node msgFrom = context.source(edge);
        Node msgTo = context.target(edge);
        return Outcome.fire(sensitive ? Severity.CRITICAL : Severity.HIGH, () -> msgFrom.name()
                + " calls " + target.name() + " directly, not through a gateway",
                List.of(Facts.evidence(edge.id(), "north-south", true),
                        Facts.evidence(target.id(), WorkloadAttributes.DATA_SENSITIVITY,
                                target.get(WorkloadAttributes.DATA_SENSITIVITY))));
    }
}
