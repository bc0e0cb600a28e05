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

/** R204-3.4: anyone may register with, or query, the service registry. */
public final class RegistryWithoutAccessControlRule implements NodeRule {

    public static final String ID = "registry-without-access-control";

    private static final RuleMetadata METADATA = new RuleMetadata(ID, "Registry does not check who registers or queries",
            "The registry should validate that only legitimate services register, refresh or query it; otherwise "
                    + "malicious nodes can register and receive traffic.",
            "Require authenticated, authorized registration and lookup (registry ACLs with default deny and "
                    + "per-service tokens, or orchestrator RBAC on endpoint objects).",
            Severity.HIGH, "rogue registration redirects traffic",
            EnumSet.of(Stride.S, Stride.T), List.of(Strategy.MS_SS_3),
            List.of(Reference.nist("MS-SS-3#4"), Facts.catalog("R204-3.4"), Reference.cwe(306)),
            Targets.nodes(NodeKind.SERVICE_REGISTRY),
            List.of("Consul ACLs default_policy = deny with per-service tokens",
                    "Kubernetes RBAC on Endpoints / EndpointSlice", "Istio ServiceEntry / WorkloadEntry RBAC"),
            RuleKind.CHECK, false);

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public Outcome evaluate(Node node, AnalysisContext context) {
        Facts facts = Facts.collect();
        List<Evidence> evidence = new ArrayList<>();
        for (AttributeKey<Boolean> key : List.of(InfrastructureAttributes.REGISTRATION_AUTHZ,
                InfrastructureAttributes.QUERY_AUTHZ)) {
            Fact<Boolean> fact = facts.track(node.id(), key, node.get(key));
            if (fact.is(false)) {
                evidence.add(Facts.evidence(node.id(), key, fact));
            }
        }
        if (evidence.isEmpty()) {
            return facts.unknownOrPass();
        }
        return Outcome.fire(METADATA.severity(), () -> node.name() + " does not check who "
                + (evidence.size() == 2 ? "registers or queries" : evidence.get(0).fact().startsWith("registration")
                        ? "registers" : "queries"), evidence);
    }
}
