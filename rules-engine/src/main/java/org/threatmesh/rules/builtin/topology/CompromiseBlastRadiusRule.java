package org.threatmesh.rules.builtin.topology;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeId;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.TrustZone;
import org.threatmesh.model.ZoneId;
import org.threatmesh.model.attr.Fact;
import org.threatmesh.model.attr.L3Policy;
import org.threatmesh.model.attr.Sensitivity;
import org.threatmesh.model.attr.WorkloadAttributes;
import org.threatmesh.model.attr.ZoneAttributes;
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
 * Graph rule: how much sensitive data an attacker holding one service can reach at once. The blast radius is what
 * the service calls (its own credentials work there) plus, when its zone has no layer-3 policy, every data holder
 * in the same zone (nothing at the network layer stops lateral movement). Fires when it contains at least the
 * threshold number of sensitive data holders; goes beyond the NIST text.
 */
public final class CompromiseBlastRadiusRule implements NodeRule {

    public static final String ID = "compromise-blast-radius";

    /** Default number of sensitive data holders in the blast radius from which the rule fires. */
    public static final int DEFAULT_THRESHOLD = 3;

    private static final RuleMetadata METADATA = new RuleMetadata(ID, "Compromised service would reach much sensitive data",
            "A compromised service can use its own credentials on everything it calls and, without network "
                    + "segmentation, reach every data holder in its zone; the larger this blast radius, the more one "
                    + "breach exposes. Blast-radius analysis goes beyond the NIST text.",
            "Shrink the blast radius: default-deny layer-3 policy in the zone with explicit allowlists, and split "
                    + "sensitive stores away from services that do not need them.",
            Severity.MEDIUM, "weakened defence in depth; high when highly sensitive data is reachable by lateral "
                    + "movement alone",
            EnumSet.of(Stride.I, Stride.E), List.of(Strategy.MS_SS_13),
            List.of(Reference.nist("MS-SS-13#6"), Reference.cwe(653)),
            Targets.nodes(NodeKind.SERVICE),
            List.of("Kubernetes NetworkPolicy default deny + allowlists", "Istio AuthorizationPolicy per workload"),
            RuleKind.CHECK, true);

    /** Holders named in the message; the rest are counted, so messages stay short in large zones. */
    private static final int MAX_NAMED = 5;

    private final int threshold;

    public CompromiseBlastRadiusRule() {
        this(DEFAULT_THRESHOLD);
    }

    /** @param threshold fires when at least this many sensitive data holders are in the blast radius */
    public CompromiseBlastRadiusRule(int threshold) {
        this.threshold = threshold;
    }

    /** Sensitive data holders per innermost zone, in id order; shared per snapshot. */
    /** The sensitive data holders of each innermost zone, in id order, and those holding highly sensitive data. */
    static final class HoldersByZone {
        final Map<ZoneId, List<NodeId>> holders = new HashMap<>();
        final Map<ZoneId, List<NodeId>> highly = new HashMap<>();

        HoldersByZone(AnalysisContext context) {
            for (Node node : context.model().nodes().values()) {
                if (node.zone().isPresent() && isHolder(context, node)) {
                    holders.computeIfAbsent(node.zone().get(), z -> new ArrayList<>()).add(node.id());
                    if (node.get(WorkloadAttributes.DATA_SENSITIVITY).is(Sensitivity.HIGHLY_SENSITIVE)) {
                        highly.computeIfAbsent(node.zone().get(), z -> new ArrayList<>()).add(node.id());
                    }
                }
            }
        }

        static boolean isHolder(AnalysisContext context, Node node) {
            return NodeKind.DATA_HOLDERS.contains(node.kind()) && context.isAtLeast(node, Sensitivity.SENSITIVE);
        }
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
    public java.util.Optional<java.util.Set<org.threatmesh.model.attr.AttributeKey<?>>> graphInputs() {
        return java.util.Optional.of(java.util.Set.of(org.threatmesh.model.attr.WorkloadAttributes.DATA_SENSITIVITY));
    }

    @Override
    public Outcome evaluate(Node node, AnalysisContext context) {
        TreeSet<NodeId> radius = new TreeSet<>();
        for (NodeId callee : context.callees(node.id())) {
            Node target = context.node(callee);
            if (NodeKind.DATA_HOLDERS.contains(target.kind()) && context.isAtLeast(target, Sensitivity.SENSITIVE)) {
                radius.add(callee);
            }
        }
        Optional<TrustZone> zone = context.zoneOf(node);
        Fact<L3Policy> policy = zone.map(z -> z.get(ZoneAttributes.L3_POLICY)).orElse(Fact.known(L3Policy.NONE));
        if (policy.isUnknown()) {
            if (radius.size() >= threshold) {
                return fire(context, node, radius, Lateral.NONE, policy);
            }
            return Outcome.unknown(zone.get().id(), ZoneAttributes.L3_POLICY);
        }
        Lateral lateral = Lateral.NONE;
        if (policy.is(L3Policy.NONE) && zone.isPresent()) {
            HoldersByZone byZone = context.derived(HoldersByZone.class, graphInputs().orElseThrow(), HoldersByZone::new);
            lateral = Lateral.of(context, node, radius, zone.get().id(), byZone);
        }
        if (radius.size() + lateral.count() < threshold) {
            return Outcome.PASS;
        }
        return fire(context, node, radius, lateral, policy);
    }

    /**
     * The sensitive holders in the node's zone that it could reach by lateral movement (not itself, not ones it
     * calls), described without copying the zone's holder list: the count, whether any holds highly sensitive
     * data, and the list with the exclusions to skip when naming them.
     */
    private record Lateral(List<NodeId> zoneHolders, java.util.Set<NodeId> excluded, int count, boolean highly) {

        static final Lateral NONE = new Lateral(List.of(), java.util.Set.of(), 0, false);

        static Lateral of(AnalysisContext context, Node node, TreeSet<NodeId> radius, ZoneId zone,
                HoldersByZone byZone) {
            List<NodeId> holders = byZone.holders.getOrDefault(zone, List.of());
            java.util.Set<NodeId> excluded = new java.util.HashSet<>();
            for (NodeId candidate : radius) {
                Node held = context.node(candidate);
                if (held.zone().filter(zone::equals).isPresent() && HoldersByZone.isHolder(context, held)) {
                    excluded.add(candidate);
                }
            }
            if (HoldersByZone.isHolder(context, node)) {
                excluded.add(node.id());
            }
            boolean highly = false;
            for (NodeId holder : byZone.highly.getOrDefault(zone, List.of())) {
                if (!excluded.contains(holder)) {
                    highly = true;
                    break;
                }
            }
            return new Lateral(holders, excluded, holders.size() - excluded.size(), highly);
        }
    }

    private static Outcome fire(AnalysisContext context, Node node, TreeSet<NodeId> called, Lateral lateral,
            Fact<L3Policy> policy) {
        int total = called.size() + lateral.count();
        List<String> names = new ArrayList<>();
        // The first holders of the union of both id-ordered sequences, in id order.
        java.util.Iterator<NodeId> calledIds = called.iterator();
        java.util.Iterator<NodeId> lateralIds = lateral.zoneHolders().stream()
                .filter(holder -> !lateral.excluded().contains(holder) && !called.contains(holder)).iterator();
        NodeId nextCalled = calledIds.hasNext() ? calledIds.next() : null;
        NodeId nextLateral = lateralIds.hasNext() ? lateralIds.next() : null;
        while (nextCalled != null || nextLateral != null) {
            if (names.size() == MAX_NAMED) {
                names.add("and " + (total - MAX_NAMED) + " more");
                break;
            }
            NodeId holder;
            if (nextLateral == null || nextCalled != null && nextCalled.compareTo(nextLateral) <= 0) {
                holder = nextCalled;
                nextCalled = calledIds.hasNext() ? calledIds.next() : null;
            } else {
                holder = nextLateral;
                nextLateral = lateralIds.hasNext() ? lateralIds.next() : null;
            }
            names.add(context.node(holder).name());
        }
        // Counted here: the message, built when read, keeps only these numbers and names, not the holder sets.
        int calledCount = called.size();
        int lateralCount = lateral.count();
        return Outcome.fire(lateral.highly() ? Severity.HIGH : Severity.MEDIUM, () -> "A compromised " + node.name()
                + " would reach " + total + " sensitive data holders (" + calledCount + " it calls, "
                + lateralCount + " by lateral movement): " + String.join(", ", names),
                List.of(Facts.evidence(node.id(), "called sensitive holders", called.size()),
                        Facts.evidence(node.id(), "lateral sensitive holders", lateral.count()),
                        Facts.evidence(node.id(), "zone l3Policy", policy.isKnown() ? Facts.wire(policy.value())
                                : "unknown")));
    }
}
