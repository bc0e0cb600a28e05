package org.threatmesh.rules.builtin.meshdeploy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeId;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.attr.AttributeKey;
import org.threatmesh.model.attr.Fact;
import org.threatmesh.model.attr.WorkloadAttributes;
import org.threatmesh.model.attr.ZoneAttributes;
import org.threatmesh.rules.AnalysisContext;
import org.threatmesh.rules.NodeRule;
import org.threatmesh.rules.Outcome;
import org.threatmesh.rules.Reach;
import org.threatmesh.rules.Reference;
import org.threatmesh.rules.RuleMetadata;
import org.threatmesh.rules.Severity;
import org.threatmesh.rules.Strategy;
import org.threatmesh.rules.Stride;
import org.threatmesh.rules.Targets;
import org.threatmesh.rules.builtin.support.Evidences;
import org.threatmesh.rules.builtin.support.Facts;
import org.threatmesh.rules.builtin.support.Meta;
import org.threatmesh.rules.builtin.support.Severities;
import org.threatmesh.rules.builtin.support.Topology;

/**
 * SP 800-204A SM-DR18, also the service-account part of MS-SS-13#3: services that share one service account in
 * one namespace, and so one mesh identity.
 */
public final class SharedServiceAccountRule implements NodeRule {

    private static final RuleMetadata METADATA = Meta.rule("shared-service-account")
            .title("Services share one workload identity")
            .rationale("Services that run under the same service account get the same mesh identity, so policies "
                    + "cannot tell them apart and a compromise of one grants the access of all; SP 800-204A asks "
                    + "for one identity per service, shared only by that service's instances, and SP 800-204 "
                    + "MS-SS-13#3 warns against role bindings that open escalation paths.")
            .remediation("Give each service its own service account.")
            .severity(Severity.MEDIUM, "weakened per-service identity and authorization")
            .stride(Stride.S, Stride.E)
            .strategies(Strategy.MS_SS_13)
            .nist("MS-SS-13#3")
            .reference(Reference.SP800_204A, "SM-DR18")
            .cwe(269)
            .targets(Targets.nodes(NodeKind.SERVICE))
            .artefacts("one Kubernetes ServiceAccount per workload")
            .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public Reach reach() {
        return Reach.GRAPH;
    }

    @Override
    public Optional<Set<AttributeKey<?>>> graphInputs() {
        return Optional.of(Set.of(WorkloadAttributes.SERVICE_ACCOUNT, ZoneAttributes.NAMESPACE));
    }

    @Override
    public Outcome evaluate(Node node, AnalysisContext context) {
        Facts facts = Facts.collect();
        Fact<String> account = facts.of(node, WorkloadAttributes.SERVICE_ACCOUNT);
        if (account.isUnknown()) {
            return facts.unknownOutcome();
        }
        List<NodeId> holders = context.derived(AccountHolders.class, graphInputs().orElseThrow(),
                AccountHolders::index).byIdentity().get(new Identity(Topology.namespaceOf(node, context),
                account.value()));
        List<String> sharing = holders.stream().filter(other -> !other.equals(node.id()))
                .map(other -> context.node(other).name()).toList();
        if (sharing.isEmpty()) {
            return Outcome.PASS;
        }
        return Outcome.fire(Severities.forNode(METADATA, node, context), () -> node.name() + " shares service account "
                        + account.value() + " with " + String.join(", ", sharing),
                List.of(Evidences.of(node, WorkloadAttributes.SERVICE_ACCOUNT),
                        Evidences.derived(node.id(), "services sharing it", sharing)));
    }

    /** A mesh identity: the service account within its namespace (no namespace when the service has none). */
    private record Identity(Optional<String> namespace, String account) {
    }

    /**
     * The services holding each identity, in node id order; computed once and kept while no service account or
     * namespace changes.
     */
    private record AccountHolders(Map<Identity, List<NodeId>> byIdentity) {

        static AccountHolders index(AnalysisContext context) {
            Map<Identity, List<NodeId>> result = new HashMap<>();
            for (Node service : context.nodesOfKind(NodeKind.SERVICE)) {
                service.get(WorkloadAttributes.SERVICE_ACCOUNT).asOptional().ifPresent(account -> result
                        .computeIfAbsent(new Identity(Topology.namespaceOf(service, context), account),
                                key -> new ArrayList<>()).add(service.id()));
            }
            return new AccountHolders(result);
        }
    }
}
