package org.threatmesh.rules.builtin.meshdeploy;

import org.threatmesh.model.Node;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.attr.GatewayAttributes;
import org.threatmesh.rules.Reference;
import org.threatmesh.rules.RuleMetadata;
import org.threatmesh.rules.Severity;
import org.threatmesh.rules.Stride;
import org.threatmesh.rules.Targets;
import org.threatmesh.rules.builtin.support.AttributeNodeRule;
import org.threatmesh.rules.builtin.support.Meta;

/** SP 800-204A SM-DR7: an ingress proxy that passes traffic through instead of following declared routes. */
public final class IngressWithoutRoutesRule extends AttributeNodeRule<Boolean> {

    private static final RuleMetadata METADATA = Meta.rule("ingress-without-declared-routes")
            .title("Ingress passes traffic through without declared routes")
            .rationale("An ingress proxy without routing rules forwards whatever arrives, so routing policy stops "
                    + "short of the edge and internal services become reachable by accident; SP 800-204A asks "
                    + "ingress proxies to carry routing rules like service proxies.")
            .remediation("Declare the ingress's hosts and routes and send nothing else through it.")
            .severity(Severity.MEDIUM, "accidental exposure of internal services")
            .stride(Stride.E, Stride.I)
            .reference(Reference.SP800_204A, "SM-DR7")
            .targets(Targets.nodes(NodeKind.INGRESS_GATEWAY))
            .artefacts("Istio Gateway with VirtualService", "Gateway API Gateway with HTTPRoute")
            .build();

    public IngressWithoutRoutesRule() {
        super(METADATA, GatewayAttributes.DECLARATIVE_ROUTES, declared -> !declared,
                "Declare the ingress routes", true);
    }

    @Override
    protected String message(Node node, Boolean value) {
        return "Ingress gateway " + node.name() + " passes traffic through without declared routes";
    }
}
