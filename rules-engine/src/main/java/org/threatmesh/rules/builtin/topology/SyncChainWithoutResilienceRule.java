package org.threatmesh.rules.builtin.topology;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jgrapht.Graph;
import org.threatmesh.model.Edge;
import org.threatmesh.model.EdgeId;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeId;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.attr.EdgeAttributes;
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
 * Graph rule: a chain of synchronous calls, none of which has a circuit breaker or a timeout, long enough for one
 * failing service to hang every caller up the chain (cascading failure, SP 800-204 §3.2.3). Reported once, at the
 * head of the chain: the workload no unprotected synchronous call enters (for a cycle of such calls, its lowest
 * id). A timeout the model does not record counts as no timeout: the file format has no way to say "none", and a
 * chain is only reported when its calls are also known to be synchronous and known to lack a breaker.
 */
public final class SyncChainWithoutResilienceRule implements NodeRule {

    public static final String ID = "sync-chain-without-resilience";

    /** Default number of unprotected synchronous hops that make a chain. */
    public static final int DEFAULT_MIN_HOPS = 3;

    private static final RuleMetadata METADATA = new RuleMetadata(ID, "Synchronous call chain has no circuit breaker or timeout",
            "In a chain of synchronous calls, a failing upstream service makes all its dependants unresponsive "
                    + "unless some hop fails fast; circuit breakers or timeouts on the hops stop the cascade. "
                    + "Chain analysis goes beyond the NIST text.",
            "Add a proxy circuit breaker (outlier detection, connection-pool limits) and a timeout to at least the "
                    + "hops named in the chain.",
            Severity.MEDIUM, "cascading failure",
            EnumSet.of(Stride.D), List.of(Strategy.MS_SS_6),
            List.of(Reference.nist("MS-SS-6#1"), new Reference(Reference.SP800_204, "§3.2.3"), Reference.cwe(400)),
            Targets.nodes(NodeKind.WORKLOADS),
            List.of("Istio DestinationRule outlierDetection + connectionPool", "VirtualService http[].timeout",
                    "Envoy Gateway BackendTrafficPolicy circuitBreaker / timeout"),
            RuleKind.CHECK, true);

    private final int minHops;

    public SyncChainWithoutResilienceRule() {
        this(DEFAULT_MIN_HOPS);
    }

    /** @param minHops chains of at least this many unprotected hops fire */
    public SyncChainWithoutResilienceRule(int minHops) {
        this.minHops = minHops;
    }

    /** Longest unprotected chain from each node, capped; computed once per snapshot and hop count. */

    @Override
    public java.util.Optional<java.util.Set<org.threatmesh.model.attr.AttributeKey<?>>> graphInputs() {
        return java.util.Optional.of(java.util.Set.of(org.threatmesh.model.attr.EdgeAttributes.MODE, org.threatmesh.model.attr.EdgeAttributes.CIRCUIT_BREAKER, org.threatmesh.model.attr.EdgeAttributes.TIMEOUT));
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
        CascadeChains chains = context.derived(CascadeChains.class, graphInputs().orElseThrow(),
                c -> new CascadeChains(c, minHops));
        if (chains.cap != minHops) {
            chains = new CascadeChains(context, minHops);
        }
        NodeId id = node.id();
        if (chains.knownLength(id) >= minHops) {
            List<NodeId> cycle = chains.cycleOf(id);
            boolean head = !chains.entered(id, CascadeChains.UNPROTECTED)
                    && (cycle == null || isLowestInChain(chains, cycle, id));
            if (!head) {
                return Outcome.NOT_APPLICABLE;
            }
            List<EdgeId> chain = chains.chain(id, true);
            // Described here: a message built when read must not keep the context alive.
            String described = describe(context, chain);
            return Outcome.fire(METADATA.severity(), () -> "A failure can cascade along " + described
                    + ": no hop has a circuit breaker or a timeout", evidence(context, chain));
        }
        if (chains.possibleLength(id) >= minHops && !chains.entered(id, CascadeChains.POSSIBLY_UNPROTECTED)) {
            Facts facts = Facts.collect();
            for (EdgeId edgeId : chains.chain(id, false)) {
                Edge edge = context.edge(edgeId);
                facts.track(edgeId, EdgeAttributes.MODE, edge.get(EdgeAttributes.MODE));
                facts.track(edgeId, EdgeAttributes.CIRCUIT_BREAKER, edge.get(EdgeAttributes.CIRCUIT_BREAKER));
            }
            if (facts.anyUnknown()) {
                return facts.unknown();
            }
        }
        return chains.possibleLength(id) >= minHops ? Outcome.NOT_APPLICABLE : Outcome.PASS;
    }

    private static boolean isLowestInChain(CascadeChains chains, List<NodeId> cycle, NodeId id) {
        for (NodeId member : cycle) {
            if (member.compareTo(id) < 0 && chains.knownLength(member) >= chains.cap) {
                return false;
            }
        }
        return true;
    }

    private static String describe(AnalysisContext context, List<EdgeId> chain) {
        StringBuilder out = new StringBuilder(context.node(context.edge(chain.get(0)).from()).name());
        for (EdgeId edge : chain) {
            out.append(" → ").append(context.node(context.edge(edge).to()).name());
        }
        return out.toString();
    }

    private static List<org.threatmesh.rules.Evidence> evidence(AnalysisContext context, List<EdgeId> chain) {
        List<org.threatmesh.rules.Evidence> evidence = new ArrayList<>();
        for (EdgeId edgeId : chain) {
            Edge edge = context.edge(edgeId);
            evidence.add(Facts.evidence(edgeId, EdgeAttributes.CIRCUIT_BREAKER, edge.get(EdgeAttributes.CIRCUIT_BREAKER)));
            evidence.add(Facts.evidence(edgeId, EdgeAttributes.TIMEOUT.name(), "not set"));
        }
        return evidence;
    }
}
