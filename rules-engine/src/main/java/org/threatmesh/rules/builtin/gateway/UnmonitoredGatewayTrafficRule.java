package org.threatmesh.rules.builtin.gateway;

import java.util.ArrayList;
import java.util.List;
import org.threatmesh.model.Edge;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.attr.EdgeAttributes;
import org.threatmesh.model.attr.TlsMode;
import org.threatmesh.rules.AnalysisContext;
import org.threatmesh.rules.Evidence;
import org.threatmesh.rules.NodeRule;
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
import org.threatmesh.rules.builtin.support.Severities;
import org.threatmesh.rules.builtin.support.Topology;

/**
 * R204-12.4: an API or ingress gateway that sends no traffic information to monitoring, or sends it in plaintext.
 * Egress gateways carry no client traffic; their telemetry is the mesh's (R204-13.5a).
 */
public final class UnmonitoredGatewayTrafficRule implements NodeRule {

    private static final RuleMetadata METADATA = Meta.rule("gateway-traffic-not-monitored")
            .title("Gateway traffic not sent securely to monitoring")
            .rationale("The gateway sees every request, so its traffic information is what reveals DoS, malicious "
                    + "actions and the cause of slowdowns; SP 800-204 asks for all of it to be sent securely to "
                    + "monitoring and analytics.")
            .remediation("Send the gateway's logs, metrics and traces to monitoring over TLS.")
            .severity(Severity.MEDIUM, "detection gap at the entry point")
            .stride(Stride.R, Stride.D, Stride.I)
            .strategies(Strategy.MS_SS_12)
            .nist("MS-SS-12#4")
            .catalog("R204-12.4")
            .cwe(778)
            .targets(Targets.nodes(NodeKind.API_GATEWAY, NodeKind.INGRESS_GATEWAY))
            .artefacts("Kong http-log, opentelemetry and prometheus plugins over TLS", "Istio Telemetry",
                    "Envoy Gateway EnvoyProxy telemetry")
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
    public Outcome evaluate(Node node, AnalysisContext context) {
        Facts facts = Facts.collect();
        boolean monitored = false;
        List<Evidence> plaintext = new ArrayList<>();
        for (Edge edge : Topology.outgoing(node, context)) {
            if (context.targetKind(edge) == NodeKind.MONITORING) {
                monitored = true;
                if (facts.of(edge, EdgeAttributes.TLS).is(TlsMode.NONE)) {
                    plaintext.add(Evidences.of(edge, EdgeAttributes.TLS));
                }
            }
        }
        String what = node.kind().displayName() + " " + node.name();
        if (!monitored) {
            return Outcome.fire(Severities.forNode(METADATA, node, context), () -> what + " sends no traffic information to monitoring",
                    List.of(Evidences.derived(node.id(), "calls to monitoring", "none")));
        }
        if (!plaintext.isEmpty()) {
            return Outcome.fire(Severities.forNode(METADATA, node, context), () -> what + " sends traffic information to monitoring unencrypted",
                    plaintext);
        }
        return facts.anyUnknown() ? facts.unknownOutcome() : Outcome.PASS;
    }
}
