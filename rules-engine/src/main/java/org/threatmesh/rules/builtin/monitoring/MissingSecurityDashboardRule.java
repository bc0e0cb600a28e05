package org.threatmesh.rules.builtin.monitoring;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.threatmesh.model.ModelId;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeId;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.attr.Fact;
import org.threatmesh.model.attr.InfrastructureAttributes;
import org.threatmesh.model.attr.MonitoringRole;
import org.threatmesh.model.attr.WorkloadAttributes;
import org.threatmesh.rules.AnalysisContext;
import org.threatmesh.rules.ModelRule;
import org.threatmesh.rules.Outcome;
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
 * R204-5.2: no dashboard or SIEM aggregates monitoring from every service. A service counts as covered when its
 * calls lead, directly or through collectors, to a dashboard or SIEM node, or when it is in the mesh and the mesh
 * control plane's telemetry leads to one.
 */
public final class MissingSecurityDashboardRule implements ModelRule {

    private static final RuleMetadata METADATA = Meta.rule("no-security-dashboard")
            .title("No central dashboard covers every service")
            .rationale("With many services and network segments, misbehaviour is only noticed when one central "
                    + "view shows the status of every service, including input-validation failures and unexpected "
                    + "parameters; SP 800-204 asks for such a dashboard.")
            .remediation("Aggregate every service's monitoring into a central dashboard or SIEM with panels for "
                    + "validation failures and unexpected parameters.")
            .severity(Severity.LOW, "operational detection item")
            .stride(Stride.R)
            .strategies(Strategy.MS_SS_5)
            .nist("MS-SS-5#2")
            .catalog("R204-5.2")
            .targets(Targets.model())
            .artefacts("Grafana dashboard", "Kiali", "SIEM views with validation-failure panels")
            .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public java.util.Optional<java.util.Set<org.threatmesh.model.attr.AttributeKey<?>>> graphInputs() {
        return java.util.Optional.of(java.util.Set.of(org.threatmesh.model.attr.InfrastructureAttributes.MONITORING_ROLE, org.threatmesh.model.attr.WorkloadAttributes.MESH_MODE));
    }

    @Override
    public Outcome evaluate(AnalysisContext context) {
        Set<NodeId> dashboards = new LinkedHashSet<>();
        Set<NodeId> unknownRole = new LinkedHashSet<>();
        for (Node node : context.nodesOfKind(NodeKind.MONITORING)) {
            Fact<MonitoringRole> role = node.get(InfrastructureAttributes.MONITORING_ROLE);
            if (role.isAnyOf(MonitoringRole.DASHBOARD, MonitoringRole.SIEM)) {
                dashboards.add(node.id());
            } else if (role.isUnknown()) {
                unknownRole.add(node.id());
            }
        }
        List<Node> services = context.nodesOfKind(NodeKind.SERVICE);
        if (services.isEmpty()) {
            return Outcome.NOT_APPLICABLE;
        }
        Set<NodeId> feedDashboard = callersOf(dashboards, context);
        boolean meshReportsToDashboard = context.nodesOfKind(NodeKind.MESH_CONTROL_PLANE).stream()
                .anyMatch(plane -> feedDashboard.contains(plane.id()));
        Map<NodeId, Set<NodeId>> feedUnknownRole = new LinkedHashMap<>();
        for (NodeId monitor : unknownRole) {
            feedUnknownRole.put(monitor, callersOf(Set.of(monitor), context));
        }
        List<String> uncovered = new ArrayList<>();
        Facts facts = Facts.collect();
        for (Node service : services) {
            if (feedDashboard.contains(service.id())) {
                continue;
            }
            // Sidecars report to the mesh, so a meshed service is covered when the mesh reports to a dashboard.
            Fact<Boolean> inMesh = meshReportsToDashboard ? Topology.inMesh(service, context) : Fact.known(false);
            if (inMesh.is(true)) {
                continue;
            }
            uncovered.add(service.name());
            facts.track(service.id(), WorkloadAttributes.MESH_MODE, inMesh);
            // A monitoring node of unknown role that the service feeds might be the dashboard.
            feedUnknownRole.forEach((monitor, callers) -> {
                if (callers.contains(service.id())) {
                    facts.of(context.node(monitor), InfrastructureAttributes.MONITORING_ROLE);
                }
            });
        }
        if (uncovered.isEmpty()) {
            return Outcome.PASS;
        }
        if (facts.anyUnknown()) {
            return facts.unknownOutcome();
        }
        if (dashboards.isEmpty()) {
            return Outcome.fire(METADATA.severity(), "No dashboard or SIEM aggregates service monitoring",
                    List.of(Evidences.derived(ModelId.MODEL, "dashboard or SIEM nodes", "none")));
        }
        return Outcome.fire(METADATA.severity(), () -> "No dashboard or SIEM receives monitoring from "
                        + String.join(", ", uncovered),
                List.of(Evidences.derived(ModelId.MODEL, "services not reaching a dashboard", uncovered)));
    }

    /** The nodes whose calls lead to one of {@code targets}, directly or through others, the targets included. */
    private static Set<NodeId> callersOf(Set<NodeId> targets, AnalysisContext context) {
        Set<NodeId> seen = new LinkedHashSet<>(targets);
        Deque<NodeId> queue = new ArrayDeque<>(targets);
        while (!queue.isEmpty()) {
            for (NodeId caller : context.callers(queue.poll())) {
                if (seen.add(caller)) {
                    queue.add(caller);
                }
            }
        }
        return seen;
    }
}
