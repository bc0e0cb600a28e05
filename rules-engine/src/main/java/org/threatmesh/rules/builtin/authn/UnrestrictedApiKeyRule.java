package org.threatmesh.rules.builtin.authn;

import java.util.EnumSet;
import java.util.List;
import org.threatmesh.model.Edge;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.attr.*;
import org.threatmesh.rules.*;
import org.threatmesh.rules.builtin.support.Facts;

/** R204-1.3: an API key is not restricted to named client applications, or may call every API. */
public final class UnrestrictedApiKeyRule implements EdgeRule {

    public static final String ID = "unrestricted-api-key";

    private static final RuleMetadata METADATA = new RuleMetadata(ID, "API key is not restricted by client or API",
            "Every API key must be restricted both by the client applications that may use it and by the APIs it "
                    + "may call, so that a leaked key does not work from anywhere against everything.",
            "Bind the key to its client applications or source addresses and to the APIs it needs.",
            Severity.MEDIUM, "a leaked key works from anywhere, against everything",
            EnumSet.of(Stride.S, Stride.E), List.of(Strategy.MS_SS_1),
            List.of(Reference.nist("MS-SS-1#3"), Facts.catalog("R204-1.3"), Reference.cwe(284)),
            Targets.edges(),
            List.of("Kong key-auth + acl + ip-restriction", "cloud API-key application and API restrictions",
                    "Istio AuthorizationPolicy from.source.ipBlocks + to.operation.paths"),
            RuleKind.CHECK, false);

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public Outcome evaluate(Edge edge, AnalysisContext context) {
        Fact<ClientAuthn> authn = edge.get(EdgeAttributes.CLIENT_AUTHN);
        if (authn.isUnknown()) {
            return Outcome.unknown(edge.id(), EdgeAttributes.CLIENT_AUTHN);
        }
        if (!authn.is(ClientAuthn.API_KEY)) {
            return Outcome.NOT_APPLICABLE;
        }
        Facts facts = Facts.collect();
        Fact<Boolean> appRestricted = facts.track(edge.id(), EdgeAttributes.API_KEY_APP_RESTRICTED,
                edge.get(EdgeAttributes.API_KEY_APP_RESTRICTED));
        Fact<ApiKeyScope> scope = facts.track(edge.id(), EdgeAttributes.API_KEY_SCOPE,
                edge.get(EdgeAttributes.API_KEY_SCOPE));
        if (appRestricted.is(false) || scope.is(ApiKeyScope.ALL)) {
            // Resolved here so that the message, built when read, does not keep the context alive.
            Node msgFrom = context.source(edge);
            Node msgTo = context.target(edge);
            return Outcome.fire(METADATA.severity(), () -> "The API key " + msgFrom.name() + " uses to call "
                    + msgTo.name() + " is " + (appRestricted.is(false) ? "usable by any client" : "")
                    + (appRestricted.is(false) && scope.is(ApiKeyScope.ALL) ? " and " : "")
                    + (scope.is(ApiKeyScope.ALL) ? "valid for every API" : ""),
                    List.of(Facts.evidence(edge.id(), EdgeAttributes.API_KEY_APP_RESTRICTED, appRestricted),
                            Facts.evidence(edge.id(), EdgeAttributes.API_KEY_SCOPE, scope)));
        }
        return facts.unknownOrPass();
    }
}
