package org.threatmesh.rules.builtin.meshdeploy;

import java.util.List;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeId;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.attr.ClientType;
import org.threatmesh.model.attr.CorsHandling;
import org.threatmesh.model.attr.Fact;
import org.threatmesh.model.attr.GatewayAttributes;
import org.threatmesh.model.attr.InfrastructureAttributes;
import org.threatmesh.rules.AnalysisContext;
import org.threatmesh.rules.NodeRule;
import org.threatmesh.rules.Outcome;
import org.threatmesh.rules.Reach;
import org.threatmesh.rules.Reference;
import org.threatmesh.rules.RuleMetadata;
import org.threatmesh.rules.Severity;
import org.threatmesh.rules.Stride;
import org.threatmesh.rules.Targets;
import org.threatmesh.rules.builtin.support.Evidences;
import org.threatmesh.rules.builtin.support.Facts;
import org.threatmesh.rules.builtin.support.Meta;
import org.threatmesh.rules.builtin.support.Severities;

/** SP 800-204A SM-DR27: a browser-facing gateway whose CORS policy is missing or left to application code. */
public final class CorsOutsideMeshRule implements NodeRule {

    private static final RuleMetadata METADATA = Meta.rule("cors-not-enforced-by-mesh")
            .title("Browser-facing edge without mesh CORS policy")
            .rationale("CORS left to each application drifts between services, and missing CORS on a browser-facing "
                    + "edge leaves cross-origin access undefined; SP 800-204A asks for CORS to be configured for "
                    + "edge services in the mesh rather than in application code.")
            .remediation("Declare the CORS policy on the gateway's routes and remove it from application code.")
            .severity(Severity.LOW, "hygiene item for browser clients")
            .stride(Stride.I, Stride.T)
            .reference(Reference.SP800_204A, "SM-DR27")
            .cwe(942)
            .targets(Targets.nodes(NodeKind.API_GATEWAY, NodeKind.INGRESS_GATEWAY))
            .artefacts("Istio VirtualService http.corsPolicy", "Envoy Gateway SecurityPolicy cors")
            .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public Reach reach() {
        return Reach.NEIGHBOURS;
    }

    @Override
    public Outcome evaluate(Node node, AnalysisContext context) {
        Facts facts = Facts.collect();
        boolean browsers = false;
        for (NodeId id : context.callers(node.id())) {
            Node caller = context.node(id);
            if (caller.kind() == NodeKind.EXTERNAL_CLIENT) {
                browsers |= facts.of(caller, InfrastructureAttributes.CLIENT_TYPE).is(ClientType.BROWSER);
            }
        }
        if (!browsers) {
            return facts.anyUnknown() ? facts.unknownOutcome() : Outcome.NOT_APPLICABLE;
        }
        Facts corsFacts = Facts.collect();
        Fact<CorsHandling> cors = corsFacts.of(node, GatewayAttributes.CORS);
        if (cors.isUnknown()) {
            return corsFacts.unknownOutcome();
        }
        if (cors.value() == CorsHandling.MESH) {
            return Outcome.PASS;
        }
        String where = cors.value() == CorsHandling.NONE ? "has no CORS policy" : "leaves CORS to application code";
        return Outcome.fire(Severities.forNode(METADATA, node, context), () -> node.kind().displayName() + " " + node.name()
                        + " serves browsers and " + where,
                List.of(Evidences.of(node, GatewayAttributes.CORS)));
    }
}
