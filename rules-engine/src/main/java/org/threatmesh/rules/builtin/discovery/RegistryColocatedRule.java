package org.threatmesh.rules.builtin.discovery;

import java.util.EnumSet;
import java.util.List;
import org.threatmesh.model.Edge;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.attr.*;
import org.threatmesh.rules.*;
import org.threatmesh.rules.builtin.support.Facts;

/** R204-3.1: the service registry shares a host or pod with business services. */
public final class RegistryColocatedRule implements NodeRule {

    public static final String ID = "registry-colocated";

    private static final RuleMetadata METADATA = new RuleMetadata(ID, "Service registry is co-located with business services",
            "Registry capabilities should run on dedicated servers or as part of a service mesh, so that a "
                    + "compromised or overloaded business service cannot take discovery down with it.",
            "Run the registry on dedicated servers or use the mesh control plane backed by the orchestrator.",
            Severity.LOW, "shared fate and a larger blast radius",
            EnumSet.of(Stride.T, Stride.D), List.of(Strategy.MS_SS_3),
            List.of(Reference.nist("MS-SS-3#1"), Facts.catalog("R204-3.1")),
            Targets.nodes(NodeKind.SERVICE_REGISTRY),
            List.of("dedicated Consul or Eureka servers", "mesh control plane (istiod) backed by the Kubernetes API"),
            RuleKind.CHECK, false);

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public Outcome evaluate(Node node, AnalysisContext context) {
        Fact<RegistryHosting> hosting = node.get(InfrastructureAttributes.REGISTRY_HOSTING);
        if (hosting.isUnknown()) {
            return Outcome.unknown(node.id(), InfrastructureAttributes.REGISTRY_HOSTING);
        }
        if (!hosting.is(RegistryHosting.COLOCATED)) {
            return Outcome.PASS;
        }
        return Outcome.fire(METADATA.severity(), () -> node.name() + " runs co-located with business services",
                List.of(Facts.evidence(node.id(), InfrastructureAttributes.REGISTRY_HOSTING, hosting)));
    }
}
