package org.threatmesh.rules.builtin.advisory;

import org.threatmesh.model.Node;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.attr.GatewayAttributes;
import org.threatmesh.rules.Reference;
import org.threatmesh.rules.RuleKind;
import org.threatmesh.rules.RuleMetadata;
import org.threatmesh.rules.Severity;
import org.threatmesh.rules.Stride;
import org.threatmesh.rules.Targets;
import org.threatmesh.rules.builtin.support.AttributeNodeRule;
import org.threatmesh.rules.builtin.support.Meta;

/** Advisory ADV-2 (SP 800-204 §2.7.1): gateway policy that can be edited in place at run time. */
public final class MutableGatewayPolicyRule extends AttributeNodeRule<Boolean> {

    private static final RuleMetadata METADATA = Meta.rule("gateway-policy-mutable-at-runtime")
            .title("Gateway policy can be changed in place")
            .rationale("Policy that can be edited on a running gateway can be changed by accident or by an intruder "
                    + "without review; SP 800-204 (§2.7.1, advisory, no strategy id) notes that containerised "
                    + "gateways make policy immutable until redeployed, which guards against such changes.")
            .remediation("Ship gateway policy with the gateway's deployment and change it only by redeploying.")
            .severity(Severity.LOW, "integrity hygiene item")
            .stride(Stride.T)
            .reference(Reference.SP800_204, "§2.7.1")
            .catalog("ADV-2")
            .targets(Targets.nodes(NodeKind.API_GATEWAY))
            .artefacts("declarative gateway configuration (decK, Gateway API) deployed from Git")
            .kind(RuleKind.ADVISORY)
            .build();

    public MutableGatewayPolicyRule() {
        super(METADATA, GatewayAttributes.POLICY_MUTABLE_AT_RUNTIME, mutable -> mutable,
                "Make gateway policy deploy-time only", false);
    }

    @Override
    protected String message(Node node, Boolean value) {
        return "The policy of gateway " + node.name() + " can be changed in place at run time";
    }
}
