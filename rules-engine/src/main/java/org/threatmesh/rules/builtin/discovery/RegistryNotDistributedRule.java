package org.threatmesh.rules.builtin.discovery;

import java.util.EnumSet;
import java.util.List;
import org.threatmesh.model.Edge;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.attr.*;
import org.threatmesh.rules.*;
import org.threatmesh.rules.builtin.support.Facts;

/** R204-3.7: a large application relies on a centralized registry, or a distributed one has no stated consistency. */
public final class RegistryNotDistributedRule implements NodeRule {

    public static final String ID = "registry-not-distributed";

    /** Default service count above which a distributed registry is expected (catalog §6, our value). */
    public static final int DEFAULT_LARGE_APPLICATION = 50;

    private static final RuleMetadata METADATA = new RuleMetadata(ID, "Large application uses a centralized registry",
            "Large applications should use a distributed registry and keep its instances consistent; a centralized "
                    + "registry is a single point of failure.",
            "Run a distributed registry with managed consistency (Raft-based Consul or etcd clusters, multi-primary "
                    + "control planes).",
            Severity.LOW, "single point of failure or unmanaged inconsistency",
            EnumSet.of(Stride.D, Stride.T), List.of(Strategy.MS_SS_3),
            List.of(Reference.nist("MS-SS-3#7"), Facts.catalog("R204-3.7")),
            Targets.nodes(NodeKind.SERVICE_REGISTRY),
            List.of("Raft-based Consul or etcd cluster", "multi-primary mesh control planes"),
            RuleKind.CHECK, false);

    private final int largeApplication;

    public RegistryNotDistributedRule() {
        this(DEFAULT_LARGE_APPLICATION);
    }

    /** @param largeApplication more services than this make an application large */
    public RegistryNotDistributedRule(int largeApplication) {
        this.largeApplication = largeApplication;
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
        Fact<Boolean> distributed = node.get(InfrastructureAttributes.REGISTRY_DISTRIBUTED);
        if (distributed.is(true)) {
            Fact<Consistency> consistency = node.get(InfrastructureAttributes.REGISTRY_CONSISTENCY);
            return consistency.isKnown() ? Outcome.PASS
                    : Outcome.unknown(node.id(), InfrastructureAttributes.REGISTRY_CONSISTENCY);
        }
        int services = context.nodesOfKind(NodeKind.SERVICE).size();
        if (services <= largeApplication) {
            return Outcome.NOT_APPLICABLE;
        }
        if (distributed.isUnknown()) {
            return Outcome.unknown(node.id(), InfrastructureAttributes.REGISTRY_DISTRIBUTED);
        }
        return Outcome.fire(METADATA.severity(), () -> node.name() + " is a centralized registry for " + services
                + " services", List.of(Facts.evidence(node.id(), InfrastructureAttributes.REGISTRY_DISTRIBUTED, distributed),
                        Facts.evidence(org.threatmesh.model.ModelId.MODEL, "services", services)));
    }
}
