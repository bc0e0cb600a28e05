package org.threatmesh.rules.builtin.session;

import java.util.List;
import org.threatmesh.model.Edge;
import org.threatmesh.model.Node;
import org.threatmesh.model.attr.EdgeAttributes;
import org.threatmesh.model.attr.Fact;
import org.threatmesh.model.attr.Sensitivity;
import org.threatmesh.model.attr.TokenKind;
import org.threatmesh.rules.AnalysisContext;
import org.threatmesh.rules.EdgeRule;
import org.threatmesh.rules.Outcome;
import org.threatmesh.rules.Reach;
import org.threatmesh.rules.RuleMetadata;
import org.threatmesh.rules.Severity;
import org.threatmesh.rules.Strategy;
import org.threatmesh.rules.Stride;
import org.threatmesh.rules.Targets;
import org.threatmesh.rules.builtin.support.Evidences;
import org.threatmesh.rules.builtin.support.Facts;
import org.threatmesh.rules.builtin.support.Meta;
import org.threatmesh.rules.builtin.support.Topology;

/** R204-10.3b: the user's session token travels past the gateway into east-west calls. */
public final class UserSessionForwardedRule implements EdgeRule {

    private static final RuleMetadata METADATA = Meta.rule("user-session-token-forwarded")
            .title("User session token forwarded past the gateway")
            .rationale("A user's session token used inside the system for policy decisions can be replayed by any "
                    + "service that sees it and ties internal authorization to an external credential; SP 800-204 "
                    + "says user session tokens must never be passed past the gateway for policy decisions.")
            .remediation("Exchange the user's session token at the edge for a narrowly scoped internal token and "
                    + "stop forwarding the original.")
            .severity(Severity.HIGH, "a NIST must item; session replay inside the perimeter")
            .stride(Stride.I, Stride.S)
            .strategies(Strategy.MS_SS_10)
            .nist("MS-SS-10#3")
            .catalog("R204-10.3b")
            .cwe(522)
            .targets(Targets.edges())
            .artefacts("OAuth 2.0 token exchange at the edge",
                    "Istio RequestAuthentication jwtRules forwardOriginalToken: false",
                    "Kong request-transformer removing the session header")
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
    public Outcome evaluate(Edge edge, AnalysisContext context) {
        if (!context.isEastWest(edge)) {
            return Outcome.NOT_APPLICABLE;
        }
        Facts facts = Facts.collect();
        Fact<TokenKind> kind = facts.of(edge, EdgeAttributes.TOKEN_KIND);
        if (kind.isUnknown()) {
            return facts.unknownOutcome();
        }
        if (kind.value() != TokenKind.USER_SESSION) {
            return Outcome.PASS;
        }
        // Resolved here so that the message, built when read, does not keep the context alive.
        Node msgFrom = context.source(edge);
        Node msgTo = context.target(edge);
        return Outcome.fire(context.rubric(METADATA.severity(),
                        context.targetIsAtLeast(edge, Sensitivity.HIGHLY_SENSITIVE), false),
                () -> Topology.calls(msgFrom, msgTo) + " forward the user's session token",
                List.of(Evidences.of(edge, EdgeAttributes.TOKEN_KIND)));
    }
}
