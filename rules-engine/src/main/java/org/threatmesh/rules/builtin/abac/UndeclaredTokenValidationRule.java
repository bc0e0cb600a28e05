package org.threatmesh.rules.builtin.abac;

import java.util.ArrayList;
import java.util.List;
import org.threatmesh.model.Edge;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.attr.ClientAuthn;
import org.threatmesh.model.attr.EdgeAttributes;
import org.threatmesh.model.attr.Fact;
import org.threatmesh.model.attr.InfrastructureAttributes;
import org.threatmesh.model.attr.WorkloadAttributes;
import org.threatmesh.rules.AnalysisContext;
import org.threatmesh.rules.Evidence;
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
import org.threatmesh.rules.builtin.support.Topology;

/**
 * SP 800-204B EAUN-SR-1: an in-mesh workload accepts end-user JWTs, but the model declares no identity provider
 * whose issuer and key location a request-authentication policy could name.
 */
public final class UndeclaredTokenValidationRule implements NodeRule {

    private static final RuleMetadata METADATA = Meta.rule("undeclared-token-validation")
            .title("End-user tokens accepted without a declared validation policy")
            .rationale("The sidecar can only validate an end-user JWT if a request-authentication policy says where "
                    + "the token is, which issuer it must come from and where the keys are; without an issuer and "
                    + "key location there is nothing to validate against. SP 800-204B asks for such a policy, "
                    + "enforced by the sidecar.")
            .remediation("Model the identity provider with its issuer and JWKS URI and declare a "
                    + "request-authentication policy for the workload.")
            .severity(Severity.MEDIUM, "forged or foreign tokens may be accepted")
            .stride(Stride.S)
            .reference(Reference.SP800_204B, "EAUN-SR-1")
            .cwe(347)
            .targets(Targets.nodes(NodeKind.SERVICE, NodeKind.API_GATEWAY, NodeKind.INGRESS_GATEWAY))
            .artefacts("Istio RequestAuthentication jwtRules (issuer, jwksUri, fromHeaders)")
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
    public java.util.Optional<java.util.Set<org.threatmesh.model.attr.AttributeKey<?>>> graphInputs() {
        return java.util.Optional.of(java.util.Set.of(org.threatmesh.model.attr.InfrastructureAttributes.ISSUER, org.threatmesh.model.attr.InfrastructureAttributes.JWKS_URI));
    }

    @Override
    public Outcome evaluate(Node node, AnalysisContext context) {
        Facts facts = Facts.collect();
        Fact<Boolean> inMesh = facts.track(node.id(), WorkloadAttributes.MESH_MODE, Topology.inMesh(node, context));
        if (inMesh.is(false)) {
            return Outcome.NOT_APPLICABLE;
        }
        List<Evidence> jwtCalls = new ArrayList<>();
        Facts authnFacts = Facts.collect();
        for (Edge edge : Topology.incoming(node, context)) {
            if (authnFacts.of(edge, EdgeAttributes.CLIENT_AUTHN).isAnyOf(ClientAuthn.JWT, ClientAuthn.OIDC)) {
                jwtCalls.add(Evidences.of(edge, EdgeAttributes.CLIENT_AUTHN));
            }
        }
        if (jwtCalls.isEmpty()) {
            if (!authnFacts.anyUnknown()) {
                return Outcome.NOT_APPLICABLE;
            }
            facts.include(authnFacts);
            return facts.unknownOutcome();
        }
        if (inMesh.isUnknown()) {
            return facts.unknownOutcome();
        }
        List<Node> providers = context.nodesOfKind(NodeKind.IDENTITY_PROVIDER);
        Facts providerFacts = Facts.collect();
        for (Node provider : providers) {
            boolean issuer = providerFacts.of(provider, InfrastructureAttributes.ISSUER).isKnown();
            boolean keys = providerFacts.of(provider, InfrastructureAttributes.JWKS_URI).isKnown();
            if (issuer && keys) {
                return Outcome.PASS;
            }
        }
        if (!providers.isEmpty()) {
            return providerFacts.unknownOutcome();
        }
        jwtCalls.add(Evidences.derived(node.id(), "identity providers in model", "none"));
        return Outcome.fire(Severities.forNode(METADATA, node, context), () -> node.name() + " accepts end-user tokens but no issuer or key "
                + "location is declared to validate them", jwtCalls);
    }
}
