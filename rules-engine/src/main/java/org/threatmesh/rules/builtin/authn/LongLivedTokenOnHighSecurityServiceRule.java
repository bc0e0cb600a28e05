package org.threatmesh.rules.builtin.authn;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.threatmesh.model.Edge;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.attr.ClientAuthn;
import org.threatmesh.model.attr.EdgeAttributes;
import org.threatmesh.model.attr.Fact;
import org.threatmesh.model.attr.Sensitivity;
import org.threatmesh.model.attr.WorkloadAttributes;
import org.threatmesh.rules.AnalysisContext;
import org.threatmesh.rules.Evidence;
import org.threatmesh.rules.NodeRule;
import org.threatmesh.rules.Outcome;
import org.threatmesh.rules.Reach;
import org.threatmesh.rules.Reference;
import org.threatmesh.rules.RuleKind;
import org.threatmesh.rules.RuleMetadata;
import org.threatmesh.rules.Severity;
import org.threatmesh.rules.Strategy;
import org.threatmesh.rules.Stride;
import org.threatmesh.rules.Targets;
import org.threatmesh.rules.builtin.support.Facts;

/** R204-1.1b: a high-security service accepts tokens that live longer than the short-lived threshold. */
public final class LongLivedTokenOnHighSecurityServiceRule implements NodeRule {

    public static final String ID = "long-lived-token-on-high-security-service";

    /** Default longest acceptable token lifetime for high-security services: 15 minutes (catalog §5). */
    public static final int DEFAULT_MAX_TTL_SECONDS = 900;

    /** Checked on every inbound call: a constant set, not the array a varargs {@code isAnyOf} allocates per call. */
    private static final java.util.function.Predicate<ClientAuthn> TOKENS = EnumSet.of(ClientAuthn.JWT,
            ClientAuthn.OAUTH2_CC, ClientAuthn.OIDC, ClientAuthn.REFERENCE_TOKEN)::contains;
    private static final RuleMetadata METADATA = new RuleMetadata(ID,
            "High-security service accepts long-lived tokens",
            "Some services warrant single-use or short-lived tokens so that a stolen token is useful only briefly.",
            "Issue short-lived (at most 15 minutes) or single-use tokens for calls to this service, for example by "
                    + "token exchange at the gateway.",
            Severity.MEDIUM, "longer replay window for a stolen token",
            EnumSet.of(Stride.S), List.of(Strategy.MS_SS_1),
            List.of(Reference.nist("MS-SS-1#1"), Facts.catalog("R204-1.1b"), Reference.cwe(613)),
            Targets.nodes(NodeKind.SERVICE),
            List.of("IdP access-token lifetime", "OAuth 2.0 token exchange (RFC 8693) minting short-lived tokens"),
            RuleKind.CHECK, false);

    private final int maxTtlSeconds;

    public LongLivedTokenOnHighSecurityServiceRule() {
        this(DEFAULT_MAX_TTL_SECONDS);
    }

    /** @param maxTtlSeconds longest acceptable token lifetime; a lifetime equal to it passes */
    public LongLivedTokenOnHighSecurityServiceRule(int maxTtlSeconds) {
        this.maxTtlSeconds = maxTtlSeconds;
    }

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
        boolean highly = node.get(WorkloadAttributes.DATA_SENSITIVITY).is(Sensitivity.HIGHLY_SENSITIVE);
        Fact<Boolean> highSecurity = node.get(WorkloadAttributes.HIGH_SECURITY);
        if (!highly && !highSecurity.is(true)) {
            if (highSecurity.isKnown()) {
                return Outcome.NOT_APPLICABLE;
            }
            facts.track(node.id(), WorkloadAttributes.HIGH_SECURITY, highSecurity);
        }
        List<Evidence> evidence = new ArrayList<>();
        for (Edge edge : context.callsInto(node.id())) {
            Fact<ClientAuthn> authn = edge.get(EdgeAttributes.CLIENT_AUTHN);
            if (!authn.matches(TOKENS)) {
                continue;
            }
            if (facts.track(edge.id(), EdgeAttributes.TOKEN_SINGLE_USE, edge.get(EdgeAttributes.TOKEN_SINGLE_USE))
                    .is(true)) {
                continue;
            }
            Fact<Integer> ttl = facts.track(edge.id(), EdgeAttributes.TOKEN_TTL, edge.get(EdgeAttributes.TOKEN_TTL));
            if (ttl.matches(seconds -> seconds > maxTtlSeconds)) {
                evidence.add(Facts.evidence(edge.id(), EdgeAttributes.TOKEN_TTL, ttl));
            }
        }
        if (evidence.isEmpty() || facts.anyUnknown() && !highly && !highSecurity.is(true)) {
            return facts.unknownOrPass();
        }
        return Outcome.fire(METADATA.severity(), () -> node.name() + " is high-security but accepts tokens living longer "
                + "than " + maxTtlSeconds + " s on " + evidence.size() + (evidence.size() == 1 ? " call" : " calls"),
                evidence);
    }
}
