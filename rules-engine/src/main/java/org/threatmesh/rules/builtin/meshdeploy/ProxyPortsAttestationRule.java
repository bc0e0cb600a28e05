package org.threatmesh.rules.builtin.meshdeploy;

import java.util.List;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeKind;
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
import org.threatmesh.rules.builtin.support.Meta;

/**
 * SP 800-204A SM-DR1, as an attestation: the model records the protocol of each call but not which ports each
 * proxy accepts, so a person confirms per mesh that proxies refuse undeclared ports and protocols.
 */
public final class ProxyPortsAttestationRule implements NodeRule {

    private static final RuleMetadata METADATA = Meta.rule("proxy-inbound-ports-attestation")
            .title("Confirm proxies accept only declared ports and protocols")
            .rationale("A proxy that accepts any port or protocol for its service lets traffic reach the "
                    + "application outside the policies declared for it; SP 800-204A asks each proxy to declare "
                    + "the ports and protocols it accepts and refuse everything else. No model attribute records "
                    + "the proxies' inbound listeners, so this needs a person's confirmation.")
            .remediation("Declare each workload's inbound ports and protocols on its proxy, then record the "
                    + "confirmation by triaging this finding.")
            .severity(Severity.LOW, "capability item that needs confirmation")
            .stride(Stride.T, Stride.E)
            .reference(Reference.SP800_204A, "SM-DR1")
            .targets(Targets.nodes(NodeKind.MESH_CONTROL_PLANE))
            .artefacts("Istio Sidecar ingress listeners", "Istio PeerAuthentication portLevelMtls",
                    "Istio AuthorizationPolicy to.operation.ports")
            .kind(RuleKind.ATTESTATION)
            .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public Outcome evaluate(Node node, AnalysisContext context) {
        return Outcome.fire(METADATA.severity(), () -> "Confirm that every proxy in mesh " + node.name()
                        + " accepts only the ports and protocols declared for its service",
                List.of(Evidences.derived(node.id(), "inbound listener declarations", "not modelled")));
    }
}
