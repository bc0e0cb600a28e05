package org.threatmesh.rules.builtin.topology;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeId;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.attr.Fact;
import org.threatmesh.model.attr.Sensitivity;
import org.threatmesh.model.attr.WorkloadAttributes;
import org.threatmesh.rules.AnalysisContext;
import org.threatmesh.rules.Evidence;
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
 * Graph rule (advisory, SP 800-204 §2.11): defence in depth collapses when a store of sensitive data is called
 * directly by a component that the internet calls, leaving one layer between attacker and data.
 */
public final class SensitiveDataOneHopFromInternetRule implements NodeRule {

    public static final String ID = "sensitive-data-one-hop-from-internet";

    private static final RuleMetadata METADATA = new RuleMetadata(ID, "Sensitive data is one hop from an internet-facing component",
            "Microservices can collapse defence in depth: the old web tier, hardened back end and database layers "
                    + "become services with fewer layers in front of sensitive data. Advisory (SP 800-204 §2.11, no "
                    + "strategy id).",
            "Put an internal service between the internet-facing component and the store, and require mTLS and "
                    + "authorization on every hop to it.",
            Severity.MEDIUM, "weakened defence in depth; high for highly sensitive data",
            EnumSet.of(Stride.I, Stride.E), List.of(Strategy.MS_SS_2, Strategy.MS_SS_4),
            List.of(new Reference(Reference.SP800_204, "§2.11"), Facts.catalog("ADV-8"), Reference.cwe(653)),
            Targets.nodes(NodeKind.DATASTORE, NodeKind.SESSION_STORE, NodeKind.MESSAGE_BROKER, NodeKind.SECRET_STORE),
            List.of("an internal service tier in front of the store", "NetworkPolicy admitting only that tier"),
            RuleKind.ADVISORY, false);

    private static final Set<NodeKind> STORES = METADATA.targets().nodeKinds();

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
        List<Evidence> evidence = new ArrayList<>();
        List<String> callers = new ArrayList<>();
        for (NodeId caller : context.callers(node.id())) {
            Node callerNode = context.node(caller);
            if (!context.isInInternet(callerNode) && !STORES.contains(callerNode.kind())
                    && context.isInternetFacing(callerNode)) {
                callers.add(callerNode.name());
                evidence.add(Facts.evidence(caller, "internet-facing", true));
            }
        }
        if (callers.isEmpty()) {
            return Outcome.PASS;
        }
        Fact<Sensitivity> sensitivity = node.get(WorkloadAttributes.DATA_SENSITIVITY);
        if (sensitivity.isUnknown()) {
            return Outcome.unknown(node.id(), WorkloadAttributes.DATA_SENSITIVITY);
        }
        if (sensitivity.value().compareTo(Sensitivity.SENSITIVE) < 0) {
            return Outcome.NOT_APPLICABLE;
        }
        evidence.add(0, Facts.evidence(node.id(), WorkloadAttributes.DATA_SENSITIVITY, sensitivity));
        return Outcome.fire(sensitivity.is(Sensitivity.HIGHLY_SENSITIVE) ? Severity.HIGH : Severity.MEDIUM,
                () -> node.name() + " holds " + Facts.wire(sensitivity.value()) + " data and is called directly by "
                        + "internet-facing " + String.join(", ", callers), evidence);
    }
}
