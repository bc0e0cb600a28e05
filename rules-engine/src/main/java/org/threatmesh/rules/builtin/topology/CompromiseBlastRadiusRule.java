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
import org.threatmesh.rules.internal.Facts;

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
    static final class HoldersByZone {
        final Map<ZoneId, TreeSet<NodeId>> holders = new HashMap<>();

        HoldersByZone(AnalysisContext context) {
            for (Node node : context.model().nodes().values()) {
                if (node.zone().isPresent() && NodeKind.DATA_HOLDERS.contains(node.kind())
                        && context.isAtLeast(node, Sensitivity.SENSITIVE)) {
                    holders.computeIfAbsent(node.zone().get(), z -> new TreeSet<>()).add(node.id());
                }
            }
        }
    }

    @Override
    public java.util.Optional<java.util.Set<org.threatmesh.model.attr.AttributeKey<?>>> graphInputs() {
        return java.util.Optional.of(java.util.Set.of(org.threatmesh.model.attr.WorkloadAttributes.DATA_SENSITIVITY));
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
        TreeSet<NodeId> radius = new TreeSet<>();
        for (NodeId callee : context.graph().successors(node.id())) {
            Node target = context.node(callee);
            if (NodeKind.DATA_HOLDERS.contains(target.kind()) && context.isAtLeast(target, Sensitivity.SENSITIVE)) {
                radius.add(callee);
            }
        }
        TreeSet<NodeId> lateral = new TreeSet<>();
        Optional<TrustZone> zone = context.zoneOf(node);
        Fact<L3Policy> policy = zone.map(z -> z.get(ZoneAttributes.L3_POLICY)).orElse(Fact.known(L3Policy.NONE));
        if (policy.isUnknown()) {
            if (radius.size() >= threshold) {
                return fire(context, node, radius, lateral, policy);
            }
            return Outcome.unknown(AnalysisContext.unknownFact(zone.get().id(), ZoneAttributes.L3_POLICY));
        }
        if (policy.is(L3Policy.NONE) && zone.isPresent()) {
            HoldersByZone byZone = context.derived(HoldersByZone.class, graphInputs().orElseThrow(), HoldersByZone::new);
            TreeSet<NodeId> inZone = byZone.holders.get(zone.get().id());
            if (inZone != null) {
                for (NodeId holder : inZone) {
                    if (!holder.equals(node.id()) && !radius.contains(holder)) {
                        lateral.add(holder);
                    }
                }
            }
        }
        if (radius.size() + lateral.size() < threshold) {
            return Outcome.PASS;
        }
        return fire(context, node, radius, lateral, policy);
    }

    private static Outcome fire(AnalysisContext context, Node node, TreeSet<NodeId> called, TreeSet<NodeId> lateral,
            Fact<L3Policy> policy) {
        boolean highlyLateral = false;
        for (NodeId holder : lateral) {
            highlyLateral |= context.node(holder).get(WorkloadAttributes.DATA_SENSITIVITY).is(Sensitivity.HIGHLY_SENSITIVE);
        }
        List<String> names = new ArrayList<>();
        TreeSet<NodeId> all = new TreeSet<>(called);
        all.addAll(lateral);
        for (NodeId holder : all) {
            if (names.size() == MAX_NAMED) {
                names.add("and " + (all.size() - MAX_NAMED) + " more");
                break;
            }
            names.add(context.node(holder).name());
        }
        return Outcome.fire(highlyLateral ? Severity.HIGH : Severity.MEDIUM, "A compromised " + node.name()
                + " would reach " + all.size() + " sensitive data holders (" + called.size() + " it calls, "
                + lateral.size() + " by lateral movement): " + String.join(", ", names),
                List.of(Facts.evidence(node.id(), "called sensitive holders", called.size()),
                        Facts.evidence(node.id(), "lateral sensitive holders", lateral.size()),
                        Facts.evidence(node.id(), "zone l3Policy", policy.isKnown() ? Facts.wire(policy.value())
                                : "unknown")));
    }
}
