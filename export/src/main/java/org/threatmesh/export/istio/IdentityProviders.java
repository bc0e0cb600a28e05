package org.threatmesh.export.istio;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.threatmesh.export.manifest.Deployment;
import org.threatmesh.export.manifest.Deployment.Workload;
import org.threatmesh.export.manifest.Placeholder;
import org.threatmesh.model.Edge;
import org.threatmesh.model.Node;
import org.threatmesh.model.attr.ClientAuthn;
import org.threatmesh.model.attr.EdgeAttributes;
import org.threatmesh.model.attr.InfrastructureAttributes;
import org.threatmesh.model.attr.TokenKind;

/** Finds the identity provider whose tokens a workload receives, and its issuer and key set. */
final class IdentityProviders {

    static final String ISSUER_PLACEHOLDER = "REPLACE-ME-issuer";
    static final String JWKS_PLACEHOLDER = "REPLACE-ME-jwks-uri";

    /**
     * @param issuer       the issuer, or its placeholder
     * @param jwksUri      the key set URL, or its placeholder
     * @param source       " (node id)" naming the provider used, or empty
     * @param placeholders the placeholders among the two
     */
    record Jwt(String issuer, String jwksUri, String source, List<Placeholder> placeholders) {
    }

    private IdentityProviders() {
    }

    /** Whether the call carries an end-user token: an external user token, or a JWT/OIDC call from outside. */
    static boolean carriesEndUserToken(Deployment deployment, Edge edge) {
        if (edge.get(EdgeAttributes.TOKEN_KIND).is(TokenKind.EXTERNAL_USER)) {
            return true;
        }
        return edge.get(EdgeAttributes.CLIENT_AUTHN).isAnyOf(ClientAuthn.JWT, ClientAuthn.OIDC)
                && deployment.isOutside(deployment.node(edge.from()));
    }

    /** The issuer of tokens the workload receives, when the model knows it. */
    static Optional<Jwt> issuerFor(Deployment deployment, Workload workload) {
        Jwt jwt = jwtFor(deployment, workload);
        return jwt.issuer().equals(ISSUER_PLACEHOLDER) ? Optional.empty() : Optional.of(jwt);
    }

    /**
     * The provider connected to the workload by a call (either way), else the only provider in the model, else
     * the first by id; placeholders for whatever it does not state.
     */
    static Jwt jwtFor(Deployment deployment, Workload workload) {
        List<Node> providers = deployment.identityProviders();
        Optional<Node> provider = providers.stream()
                .filter(p -> deployment.inbound(workload.node().id()).stream().anyMatch(e -> e.from().equals(p.id()))
                        || deployment.outbound(workload.node().id()).stream().anyMatch(e -> e.to().equals(p.id())))
                .findFirst()
                .or(() -> providers.stream().findFirst());
        List<Placeholder> placeholders = new ArrayList<>();
        String issuer = provider.flatMap(p -> p.get(InfrastructureAttributes.ISSUER).asOptional())
                .orElseGet(() -> {
                    placeholders.add(new Placeholder(ISSUER_PLACEHOLDER,
                            "the token issuer (iss claim) of the identity provider"
                                    + provider.map(p -> " " + p.id().value()).orElse(" (the model has none)")));
                    return ISSUER_PLACEHOLDER;
                });
        String jwks = provider.flatMap(p -> p.get(InfrastructureAttributes.JWKS_URI).asOptional())
                .orElseGet(() -> {
                    placeholders.add(new Placeholder(JWKS_PLACEHOLDER,
                            "the JWKS URL (signing keys) of the identity provider"
                                    + provider.map(p -> " " + p.id().value()).orElse(" (the model has none)")));
                    return JWKS_PLACEHOLDER;
                });
        return new Jwt(issuer, jwks, provider.map(p -> " " + p.id().value()).orElse(""), placeholders);
    }
}
