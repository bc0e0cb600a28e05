package org.threatmesh.rules.builtin.advisory;

import java.util.List;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.attr.DiscoveryPattern;
import org.threatmesh.model.attr.Exposure;
import org.threatmesh.model.attr.Fact;
import org.threatmesh.model.attr.WorkloadAttributes;
import org.threatmesh.rules.AnalysisContext;
import org.threatmesh.rules.NodeRule;
import org.threatmesh.rules.Outcome;
import org.threatmesh.rules.Reference;
import org.threatmesh.rules.RuleKind;
import org.threatmesh.rules.RuleMetadata;
import org.threatmesh.rules.Severity;
import org.threatmesh.rules.Stride;
import org.threatmesh.rules.Targets;
import org.threatmesh.rules.builtin.support.Evidences;
import org.threatmesh.rules.builtin.support.Facts;
import org.threatmesh.rules.builtin.support.Meta;
import org.threatmesh.rules.builtin.support.Severities;

/** Advisory ADV-5 (SP 800-204 §4.2): a public API whose callers find it by client-side discovery. */
public final class ClientSideDiscoveryForPublicApiRule implements NodeRule {

    private static final RuleMetadata METADATA = Meta.rule("public-api-client-side-discovery")
            .title("Public API found by client-side discovery")
            .rationale("Client-side discovery hands outside callers the registry's view of instance locations and "
                    + "lets them pick instances themselves; SP 800-204 (§4.2, advisory, no strategy id) suggests "
                    + "server-side discovery for public APIs and client-side discovery for cluster-internal calls.")
            .remediation("Put a router or gateway in front of the public API and keep instance locations internal.")
            .severity(Severity.LOW, "topology disclosure; design item")
            .stride(Stride.I)
            .reference(Reference.SP800_204, "§4.2")
            .catalog("ADV-5")
            .targets(Targets.nodes(NodeKind.API_SERVERS))
            .artefacts("server-side discovery through a gateway or Kubernetes Service")
            .kind(RuleKind.ADVISORY)
            .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public Outcome evaluate(Node node, AnalysisContext context) {
        Facts facts = Facts.collect();
        Fact<Exposure> exposure = facts.of(node, WorkloadAttributes.EXPOSURE);
        if (exposure.isKnown() && exposure.value() != Exposure.PUBLIC) {
            return Outcome.NOT_APPLICABLE;
        }
        Fact<DiscoveryPattern> discovery = facts.of(node, WorkloadAttributes.DISCOVERY);
        if (discovery.is(DiscoveryPattern.SERVER_SIDE)) {
            return Outcome.PASS;
        }
        if (facts.anyUnknown()) {
            return facts.unknownOutcome();
        }
        return Outcome.fire(Severities.forNode(METADATA, node, context), () -> "Public API " + node.name() + " is found by client-side discovery",
                List.of(Evidences.of(node, WorkloadAttributes.EXPOSURE),
                        Evidences.of(node, WorkloadAttributes.DISCOVERY)));
    }
}
