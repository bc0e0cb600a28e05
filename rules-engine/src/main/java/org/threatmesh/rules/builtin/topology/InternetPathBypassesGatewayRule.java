package org.threatmesh.rules.builtin.topology;

import java.util.EnumSet;
import java.util.List;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeId;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.attr.Sensitivity;
import org.threatmesh.model.attr.WorkloadAttributes;
import org.threatmesh.rules.AnalysisContext;
import org.threatmesh.rules.NodeRule;
import org.threatmesh.rules.Outcome;
import org.threatmesh.rules.Reach;
import org.threatmesh.rules.Reference;
import org.threatmesh.rules.RuleKind;
import org.threatmesh.rules.RuleMetadata;
import org.threatmesh.rules.Severity;
import org.threatmesh.rules.Strategy;
import org.threatmesh.rules.Stride;
import org.threatmesh.rules.Targets;
import org.threatmesh.rules.builtin.support.Facts;

/**
 * Graph rule: a service the internet reaches along a call path that passes no gateway (API, ingress or egress).
 * Unlike the per-edge check, this finds bypasses through intermediaries such as load balancers or other services.
 */
public final class InternetPathBypassesGatewayRule implements NodeRule {

    public static final String ID = "internet-path-bypasses-gateway";

    private static final RuleMetadata METADATA = new RuleMetadata(ID, "Internet reaches a service without passing a gateway",
            "Internal functionality is exposed when callers reach downstream services without passing the "
                    + "upstream controls; every path from the internet should enter through the gateway.",
            "Close the path: route it through the gateway, or stop the intermediate hop from forwarding internet "
                    + "traffic to the service.",
            Severity.HIGH, "direct route around the gateway; raised one level for highly sensitive data",
            EnumSet.of(Stride.S, Stride.E), List.of(Strategy.MS_SS_4, Strategy.MS_SS_2),
            List.of(Reference.nist("MS-SS-4#1"), Reference.nist("MS-SS-2#6"), Facts.catalog("R204-4.1"),
                    Reference.cwe(284)),
            Targets.nodes(NodeKind.SERVICE),
            List.of("Gateway API Gateway + HTTPRoute", "NetworkPolicy ingress only from the gateway"),
            RuleKind.CHECK, false);

    /** Paths from internet nodes that stop at gateways; shared per snapshot. */
    static final class Bypass {
        final Reachability reach;

        Bypass(AnalysisContext context) {
            reach = new Reachability(context, Reachability.internetNodes(context),
                    node -> !context.node(node).kind().isGateway());
        }
    }

    @Override
    public java.util.Optional<java.util.Set<org.threatmesh.model.attr.AttributeKey<?>>> graphInputs() {
        return java.util.Optional.of(java.util.Set.of());
    }

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public Reach reach() {
        return Reach.GRAPH;
    }

    @Override
    public Outcome evaluate(Node node, AnalysisContext context) {
        if (context.isInInternet(node)) {
            return Outcome.NOT_APPLICABLE;
        }
        Bypass bypass = context.derived(Bypass.class, graphInputs().orElseThrow(), Bypass::new);
        if (!bypass.reach.reached(node.id())) {
            return context.isInternetReachable(node) ? Outcome.PASS : Outcome.NOT_APPLICABLE;
        }
        List<NodeId> path = bypass.reach.pathTo(node.id());
        boolean highly = node.get(WorkloadAttributes.DATA_SENSITIVITY).is(Sensitivity.HIGHLY_SENSITIVE);
        // Resolved here so that the message, built when read, does not keep the context alive.
        String msgPath = Reachability.describe(context, path);
        return Outcome.fire(context.rubric(METADATA.severity(), highly, false), () -> "The internet reaches "
                + node.name() + " without a gateway: " + msgPath,
                List.of(Facts.evidence(node.id(), "path from internet", Reachability.ids(path))));
    }
}
