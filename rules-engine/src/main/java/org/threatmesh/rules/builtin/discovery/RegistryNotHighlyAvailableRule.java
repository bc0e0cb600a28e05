package org.threatmesh.rules.builtin.discovery;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.threatmesh.model.Edge;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.attr.*;
import org.threatmesh.rules.*;
import org.threatmesh.rules.builtin.support.Facts;

/** R204-3.2: the registry runs as a single instance or without resource guarantees. */
public final class RegistryNotHighlyAvailableRule implements NodeRule {

    public static final String ID = "registry-not-highly-available";

    /** Default minimum number of registry instances. */
    public static final int DEFAULT_MIN_REPLICAS = 2;

    private static final RuleMetadata METADATA = new RuleMetadata(ID, "Service registry availability is not protected",
            "Registry services should sit in a network configured with QoS parameters that protect their "
                    + "availability; a discovery outage takes down routing for every service.",
            "Run at least two registry instances (three or five Raft servers) with guaranteed resources, priority "
                    + "and a disruption budget.",
            Severity.MEDIUM, "a discovery outage takes down routing",
            EnumSet.of(Stride.D), List.of(Strategy.MS_SS_3),
            List.of(Reference.nist("MS-SS-3#2"), Facts.catalog("R204-3.2")),
            Targets.nodes(NodeKind.SERVICE_REGISTRY),
            List.of("PodDisruptionBudget", "PriorityClass", "Guaranteed QoS (requests = limits)",
                    "pod anti-affinity"),
            RuleKind.CHECK, false);

    private final int minReplicas;

    public RegistryNotHighlyAvailableRule() {
        this(DEFAULT_MIN_REPLICAS);
    }

    /** @param minReplicas fewer instances than this fire */
    public RegistryNotHighlyAvailableRule(int minReplicas) {
        this.minReplicas = minReplicas;
    }

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public Outcome evaluate(Node node, AnalysisContext context) {
        Facts facts = Facts.collect();
        Fact<Integer> replicas = facts.track(node.id(), WorkloadAttributes.REPLICAS, node.get(WorkloadAttributes.REPLICAS));
        Fact<Boolean> qos = facts.track(node.id(), InfrastructureAttributes.REGISTRY_QOS,
                node.get(InfrastructureAttributes.REGISTRY_QOS));
        List<Evidence> evidence = new ArrayList<>();
        if (replicas.matches(count -> count < minReplicas)) {
            evidence.add(Facts.evidence(node.id(), WorkloadAttributes.REPLICAS, replicas));
        }
        if (qos.is(false)) {
            evidence.add(Facts.evidence(node.id(), InfrastructureAttributes.REGISTRY_QOS, qos));
        }
        if (evidence.isEmpty()) {
            return facts.unknownOrPass();
        }
        return Outcome.fire(METADATA.severity(), () -> node.name() + " has "
                + (replicas.matches(count -> count < minReplicas) ? replicas.value() + " instance(s)" : "")
                + (evidence.size() == 2 ? " and " : "") + (qos.is(false) ? "no resource guarantees" : ""), evidence);
    }
}
