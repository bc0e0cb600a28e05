package org.threatmesh.rules.builtin.resilience;

import java.util.List;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.attr.Fact;
import org.threatmesh.model.attr.InfrastructureAttributes;
import org.threatmesh.rules.AnalysisContext;
import org.threatmesh.rules.NodeRule;
import org.threatmesh.rules.Outcome;
import org.threatmesh.rules.Reference;
import org.threatmesh.rules.RuleMetadata;
import org.threatmesh.rules.Severity;
import org.threatmesh.rules.Strategy;
import org.threatmesh.rules.Stride;
import org.threatmesh.rules.Targets;
import org.threatmesh.rules.builtin.support.Evidences;
import org.threatmesh.rules.builtin.support.Facts;
import org.threatmesh.rules.builtin.support.Meta;

/** R204-7.3: a DNS resolver whose answers ignore instance health. */
public final class UnhealthyDnsAnswersRule implements NodeRule {

    private static final RuleMetadata METADATA = Meta.rule("dns-answers-ignore-health")
            .title("DNS resolver answers not filtered by health")
            .rationale("A DNS resolver that supplies target-instance tables without consulting health checks hands "
                    + "callers dead or rogue instances; SP 800-204 asks the resolver to work with the health-check "
                    + "program so callers see one consolidated list.")
            .remediation("Let the resolver answer with healthy instances only, for example by resolving through the "
                    + "registry's health-aware DNS.")
            .severity(Severity.LOW, "operational availability item")
            .stride(Stride.D, Stride.T)
            .strategies(Strategy.MS_SS_7)
            .nist("MS-SS-7#3")
            .catalog("R204-7.3")
            .reference(Reference.SP800_204A, "SM-DR26")
            .targets(Targets.nodes(NodeKind.DNS_RESOLVER))
            .artefacts("Consul DNS (passing instances only)", "Kubernetes Service publishNotReadyAddresses: false",
                    "Istio DNS proxying")
            .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public Outcome evaluate(Node node, AnalysisContext context) {
        Facts facts = Facts.collect();
        Fact<Boolean> integrated = facts.of(node, InfrastructureAttributes.HEALTH_INTEGRATED);
        if (integrated.isUnknown()) {
            return facts.unknownOutcome();
        }
        if (integrated.value()) {
            return Outcome.PASS;
        }
        return Outcome.fire(METADATA.severity(), () -> "DNS resolver " + node.name() + " answers without consulting health",
                List.of(Evidences.of(node, InfrastructureAttributes.HEALTH_INTEGRATED)));
    }
}
