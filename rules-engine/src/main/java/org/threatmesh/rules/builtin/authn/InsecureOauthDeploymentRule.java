package org.threatmesh.rules.builtin.authn;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.threatmesh.model.Edge;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.attr.*;
import org.threatmesh.rules.*;
import org.threatmesh.rules.builtin.support.Facts;

/** R204-1.6: the identity provider's OAuth/OIDC configuration departs from the OAuth 2.0 security BCP. */
public final class InsecureOauthDeploymentRule implements NodeRule {

    public static final String ID = "insecure-oauth-deployment";

    private static final RuleMetadata METADATA = new RuleMetadata(ID, "OAuth or OIDC is not deployed securely",
            "OAuth and OpenID Connect must be deployed securely: implicit and password grants for public clients, "
                    + "missing PKCE, wildcard redirect URIs and tokens in URLs all leak or forge tokens.",
            "Disable implicit and password grants, require PKCE, register exact redirect URIs and keep tokens out "
                    + "of URLs.",
            Severity.MEDIUM, "token leakage or interception; high when an implicit or password flow faces the "
                    + "internet",
            EnumSet.of(Stride.S, Stride.I), List.of(Strategy.MS_SS_1),
            List.of(Reference.nist("MS-SS-1#6"), Facts.catalog("R204-1.6"), Reference.cwe(287)),
            Targets.nodes(NodeKind.IDENTITY_PROVIDER),
            List.of("IdP client settings (Keycloak, Entra ID, Okta)", "Envoy Gateway SecurityPolicy.oidc",
                    "Kong openid-connect"),
            RuleKind.CHECK, false);

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
        List<Evidence> evidence = new ArrayList<>();
        check(node, InfrastructureAttributes.INSECURE_GRANTS, true, facts, evidence);
        check(node, InfrastructureAttributes.PKCE_REQUIRED, false, facts, evidence);
        check(node, InfrastructureAttributes.WILDCARD_REDIRECTS, true, facts, evidence);
        check(node, InfrastructureAttributes.TOKENS_IN_URL, true, facts, evidence);
        if (evidence.isEmpty()) {
            return facts.unknownOrPass();
        }
        boolean internetFacing = context.isInternetFacing(node);
        Severity severity = internetFacing && node.get(InfrastructureAttributes.INSECURE_GRANTS).is(true)
                ? Severity.HIGH : Severity.MEDIUM;
        evidence.add(Facts.evidence(node.id(), "internet-facing", internetFacing));
        return Outcome.fire(severity, () -> node.name() + " has " + (evidence.size() - 1)
                + " insecure OAuth/OIDC setting" + (evidence.size() == 2 ? "" : "s"), evidence);
    }

    private static void check(Node node, AttributeKey<Boolean> key, boolean bad, Facts facts, List<Evidence> evidence) {
        Fact<Boolean> fact = facts.track(node.id(), key, node.get(key));
        if (fact.is(bad)) {
            evidence.add(Facts.evidence(node.id(), key, fact));
        }
    }
}
