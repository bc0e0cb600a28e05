package org.threatmesh.rules.builtin.monitoring;

import java.util.ArrayList;
import java.util.List;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeId;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.attr.Fact;
import org.threatmesh.model.attr.InfrastructureAttributes;
import org.threatmesh.model.attr.MonitoringRole;
import org.threatmesh.rules.AnalysisContext;
import org.threatmesh.rules.NodeRule;
import org.threatmesh.rules.Outcome;
import org.threatmesh.rules.Reach;
import org.threatmesh.rules.Reference;
import org.threatmesh.rules.RuleMetadata;
import org.threatmesh.rules.Severity;
import org.threatmesh.rules.Strategy;
import org.threatmesh.rules.Stride;
import org.threatmesh.rules.Targets;
import org.threatmesh.rules.builtin.support.Evidences;
import org.threatmesh.rules.builtin.support.Facts;
import org.threatmesh.rules.builtin.support.Meta;
import org.threatmesh.rules.builtin.support.Severities;

/** R204-5.1a: an entry point (API or ingress gateway) or mesh control plane that sends nothing to a log sink or SIEM. */
public final class GatewayWithoutSecurityLogsRule implements NodeRule {

    private static final RuleMetadata METADATA = Meta.rule("gateway-without-security-logs")
            .title("Gateway or mesh without security logging")
            .rationale("Misbehaviour such as bearer-token reuse or injection attempts is first visible at the "
                    + "gateway and in the mesh; SP 800-204 asks for monitoring at both levels so that it is "
                    + "detected, alerted on and answered.")
            .remediation("Ship the gateway's and the mesh proxies' access and security logs to a log sink or SIEM.")
            .severity(Severity.MEDIUM, "detection gap: attacks at the entry point go unseen")
            .stride(Stride.R)
            .strategies(Strategy.MS_SS_5)
            .nist("MS-SS-5#1")
            .catalog("R204-5.1a")
            .reference(Reference.SP800_204A, "SM-DR21")
            .reference(Reference.SP800_204A, "SM-DR22")
            .cwe(778)
            .targets(Targets.nodes(NodeKind.API_GATEWAY, NodeKind.INGRESS_GATEWAY, NodeKind.MESH_CONTROL_PLANE))
            .artefacts("Istio Telemetry accessLogging", "Envoy Gateway EnvoyProxy telemetry", "Kong http-log plugin",
                    "Kong opentelemetry plugin")
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
        List<Node> monitors = new ArrayList<>();
        for (NodeId id : context.callees(node.id())) {
            Node successor = context.node(id);
            if (successor.kind() == NodeKind.MONITORING) {
                monitors.add(successor);
                Fact<MonitoringRole> role = facts.of(successor, InfrastructureAttributes.MONITORING_ROLE);
                if (role.isAnyOf(MonitoringRole.LOG_SINK, MonitoringRole.SIEM)) {
                    return Outcome.PASS;
                }
            }
        }
        if (facts.anyUnknown()) {
            return facts.unknownOutcome();
        }
        String what = node.kind().displayName() + " " + node.name();
        if (monitors.isEmpty()) {
            return Outcome.fire(Severities.forNode(METADATA, node, context), () -> what + " sends no logs to a log sink or SIEM",
                    List.of(Evidences.derived(node.id(), "calls to monitoring", "none")));
        }
        return Outcome.fire(Severities.forNode(METADATA, node, context), () -> what + " sends telemetry only to monitoring that is not a log sink "
                        + "or SIEM",
                monitors.stream().map(m -> Evidences.of(m, InfrastructureAttributes.MONITORING_ROLE)).toList());
    }
}
