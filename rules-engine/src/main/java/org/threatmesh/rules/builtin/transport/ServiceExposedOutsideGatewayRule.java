package org.threatmesh.rules.builtin.transport;

import java.util.EnumSet;
import java.util.List;
import org.threatmesh.model.Edge;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.attr.*;
import org.threatmesh.rules.*;
import org.threatmesh.rules.builtin.support.Facts;

/** R204-4.1: the orchestrator exposes a service through a NodePort, a load balancer or a public IP. */
public final class ServiceExposedOutsideGatewayRule implements NodeRule {

    public static final String ID = "service-exposed-outside-gateway";

    private static final RuleMetadata METADATA = new RuleMetadata(ID, "Service is exposed outside the gateway",
            "A service exposed through a NodePort, a load balancer or a public IP can be called directly, around "
                    + "the single gateway URL clients should use.",
            "Expose the service as ClusterIP only and publish it through the gateway.",
            Severity.HIGH, "direct route around the gateway",
            EnumSet.of(Stride.S, Stride.E, Stride.I), List.of(Strategy.MS_SS_4),
            List.of(Reference.nist("MS-SS-4#1"), Facts.catalog("R204-4.1"), Reference.cwe(284)),
            Targets.nodes(NodeKind.SERVICE),
            List.of("Service type ClusterIP", "Gateway API HTTPRoute / Istio VirtualService"),
            RuleKind.CHECK, false);

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public Outcome evaluate(Node node, AnalysisContext context) {
        Fact<ServiceExposureType> exposed = node.get(WorkloadAttributes.EXPOSED_AS);
        if (exposed.isUnknown()) {
            return Outcome.unknown(node.id(), WorkloadAttributes.EXPOSED_AS);
        }
        if (exposed.is(ServiceExposureType.CLUSTER_IP)) {
            return Outcome.PASS;
        }
        boolean highly = node.get(WorkloadAttributes.DATA_SENSITIVITY).is(Sensitivity.HIGHLY_SENSITIVE);
        return Outcome.fire(context.rubric(METADATA.severity(), highly, false), () -> node.name() + " is exposed as "
                + Facts.wire(exposed.value()) + ", reachable without the gateway",
                List.of(Facts.evidence(node.id(), WorkloadAttributes.EXPOSED_AS, exposed)));
    }
}
