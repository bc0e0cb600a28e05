package org.threatmesh.rules.builtin.authn;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.threatmesh.model.Edge;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.attr.*;
import org.threatmesh.rules.*;
import org.threatmesh.rules.builtin.support.Facts;

/** R204-1.2: a bearer token on a call is neither signed nor a reference token. */
public final class UnsignedBearerTokenRule implements EdgeRule {

    public static final String ID = "unsigned-bearer-token";

    private static final RuleMetadata METADATA = new RuleMetadata(ID, "Bearer token is not signed",
            "Authentication tokens should be reference tokens, cryptographically signed or HMAC-protected; an "
                    + "unsigned token can be forged by anyone who sees its format.",
            "Require signed JWTs (RS256 or ES256) validated against the issuer's JWKS, or opaque tokens checked by "
                    + "introspection.",
            Severity.HIGH, "tokens can be forged",
            EnumSet.of(Stride.S, Stride.T), List.of(Strategy.MS_SS_1),
            List.of(Reference.nist("MS-SS-1#2"), Facts.catalog("R204-1.2"), Reference.cwe(347)),
            Targets.edges(),
            List.of("Istio RequestAuthentication (jwksUri)", "Envoy jwt_authn / ext_authz introspection",
                    "Kong jwt or oauth2-introspection"),
            RuleKind.CHECK, false);

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public Optional<Remedy> remedy() {
        return Optional.of(Remedy.set("Require signed tokens", EdgeAttributes.TOKEN_SIGNED, true));
    }

    @Override
    public Outcome evaluate(Edge edge, AnalysisContext context) {
        Facts facts = Facts.collect();
        Fact<ClientAuthn> authn = facts.track(edge.id(), EdgeAttributes.CLIENT_AUTHN,
                edge.get(EdgeAttributes.CLIENT_AUTHN));
        if (authn.isKnown() && !authn.isAnyOf(ClientAuthn.JWT, ClientAuthn.OAUTH2_CC, ClientAuthn.OIDC)) {
            return Outcome.NOT_APPLICABLE;
        }
        Fact<Boolean> signed = facts.track(edge.id(), EdgeAttributes.TOKEN_SIGNED, edge.get(EdgeAttributes.TOKEN_SIGNED));
        if (signed.is(true)) {
            return Outcome.PASS;
        }
        if (facts.anyUnknown()) {
            return facts.unknown();
        }
        // Resolved here so that the message, built when read, does not keep the context alive.
        Node msgFrom = context.source(edge);
        Node msgTo = context.target(edge);
        return Outcome.fire(METADATA.severity(), () -> msgFrom.name() + " sends an unsigned "
                + Facts.wire(authn.value()) + " token to " + msgTo.name(),
                List.of(Facts.evidence(edge.id(), EdgeAttributes.CLIENT_AUTHN, authn),
                        Facts.evidence(edge.id(), EdgeAttributes.TOKEN_SIGNED, signed)));
    }
}
