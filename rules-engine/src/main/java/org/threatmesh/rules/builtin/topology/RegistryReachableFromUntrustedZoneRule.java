package org.threatmesh.rules.builtin.topology;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeId;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.ZoneId;
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

/** Graph rule: a call path leads from an untrusted zone (internet, partner, external) to the service registry. */
public final class RegistryReachableFromUntrustedZoneRule implements NodeRule {

    public static final String ID = "registry-reachable-from-untrusted-zone";

    private static final RuleMetadata METADATA = new RuleMetadata(ID, "Service registry is reachable from an untrusted zone",
            "Whoever reaches the registry can try to register malicious nodes or corrupt its data, redirecting or "
                    + "denying traffic for the whole system; it must stay inside the trusted network.",
            "Cut every path from untrusted zones to the registry: no forwarding to it from internet-facing "
                    + "components, and network policy that admits only platform and service callers.",
            Severity.HIGH, "rogue registration or registry corruption compromises the whole system",
            EnumSet.of(Stride.S, Stride.T, Stride.D), List.of(Strategy.MS_SS_3),
            List.of(Reference.nist("MS-SS-3#2"), Reference.nist("MS-SS-3#4"), Reference.cwe(668)),
            Targets.nodes(NodeKind.SERVICE_REGISTRY),
            List.of("Kubernetes NetworkPolicy admitting only cluster workloads", "Consul ACLs default deny"),
            RuleKind.CHECK, false);

    /** Reachability from every untrusted node; shared per snapshot. */
    static final class Untrusted {
        final Reachability reach;

        Untrusted(AnalysisContext context) {
            List<NodeId> sources = new ArrayList<>();
            for (Node node : context.model().nodes().values()) {
                if (isUntrusted(context, node)) {
                    sources.add(node.id());
                }
            }
            reach = new Reachability(context, sources, node -> true);
        }
    }

    static boolean isUntrusted(AnalysisContext context, Node node) {
        if (NodeKind.OUTSIDE.contains(node.kind())) {
            return true;
        }
        for (ZoneId zone : context.zoneChain(node)) {
            if (context.zone(zone).kind().isUntrusted()) {
                return true;
            }
        }
        return false;
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
        if (isUntrusted(context, node)) {
            return Outcome.fire(Severity.CRITICAL, () -> node.name() + " itself sits in an untrusted zone",
                    List.of(Facts.evidence(node.id(), "untrusted zone", true)));
        }
        Untrusted untrusted = context.derived(Untrusted.class, graphInputs().orElseThrow(), Untrusted::new);
        if (!untrusted.reach.reached(node.id())) {
            return Outcome.PASS;
        }
        List<NodeId> path = untrusted.reach.pathTo(node.id());
        // Resolved here so that the message, built when read, does not keep the context alive.
        String msgPath = Reachability.describe(context, path);
        return Outcome.fire(METADATA.severity(), () -> node.name() + " is reachable from an untrusted zone: "
                + msgPath,
                List.of(Facts.evidence(node.id(), "path from untrusted zone", Reachability.ids(path))));
    }
}
