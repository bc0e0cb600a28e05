package org.threatmesh.rules.builtin.authz;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.threatmesh.model.Edge;
import org.threatmesh.model.EdgeId;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.attr.*;
import org.threatmesh.rules.*;
import org.threatmesh.rules.builtin.support.Facts;

/** R204-2.5: an internal authorization token on an east-west call is valid for every API. */
public final class BroadInternalTokenRule implements EdgeRule {

    public static final String ID = "broad-internal-token";

    private static final RuleMetadata METADATA = new RuleMetadata(ID, "Internal authorization token is broadly scoped",
            "Internal authorization tokens attached by a gateway or decision point should cover only the endpoints "
                    + "a transaction needs; a broad token can be replayed against unrelated services.",
            "Mint per-audience or per-transaction internal tokens (token exchange) and check audiences at each "
                    + "service.",
            Severity.MEDIUM, "token replay against unrelated services",
            EnumSet.of(Stride.E), List.of(Strategy.MS_SS_2),
            List.of(Reference.nist("MS-SS-2#5"), Facts.catalog("R204-2.5"), Reference.cwe(250)),
            Targets.edges(),
            List.of("OAuth 2.0 token exchange (RFC 8693)", "Istio RequestAuthentication.audiences",
                    "AuthorizationPolicy when request.auth.audiences"),
            RuleKind.CHECK, false);

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public Outcome evaluate(Edge edge, AnalysisContext context) {
        // Only services, gateways and identity components consume authorization context; stores, brokers and
        // monitoring do not, so calls into them cannot misuse it.
        if (!context.isEastWest(edge) || !NodeKind.API_SERVERS.contains(context.targetKind(edge))) {
            return Outcome.NOT_APPLICABLE;
        }
        Facts facts = Facts.collect();
        Fact<TokenKind> kind = facts.track(edge.id(), EdgeAttributes.TOKEN_KIND, edge.get(EdgeAttributes.TOKEN_KIND));
        if (kind.isKnown() && !kind.is(TokenKind.INTERNAL_AUTHZ)) {
            return Outcome.NOT_APPLICABLE;
        }
        Fact<TokenScope> scope = facts.track(edge.id(), EdgeAttributes.TOKEN_SCOPE, edge.get(EdgeAttributes.TOKEN_SCOPE));
        if (scope.isKnown() && !scope.is(TokenScope.BROAD)) {
            return Outcome.PASS;
        }
        if (facts.anyUnknown()) {
            return facts.unknown();
        }
        // Resolved here so that the message, built when read, does not keep the context alive.
        Node msgFrom = context.source(edge);
        Node msgTo = context.target(edge);
        return Outcome.fire(METADATA.severity(), () -> msgFrom.name() + " sends "
                + msgTo.name() + " an internal authorization token valid for every API",
                List.of(Facts.evidence(edge.id(), EdgeAttributes.TOKEN_KIND, kind),
                        Facts.evidence(edge.id(), EdgeAttributes.TOKEN_SCOPE, scope)));
    }
}
