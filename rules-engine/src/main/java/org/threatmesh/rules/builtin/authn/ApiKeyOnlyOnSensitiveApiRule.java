package org.threatmesh.rules.builtin.authn;

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
import org.threatmesh.rules.EdgeRule;
import org.threatmesh.rules.Outcome;
import org.threatmesh.rules.Reference;
import org.threatmesh.rules.RuleKind;
import org.threatmesh.rules.RuleMetadata;
import org.threatmesh.rules.Severity;
import org.threatmesh.rules.Strategy;
import org.threatmesh.rules.Stride;
import org.threatmesh.rules.Targets;
import org.threatmesh.rules.builtin.support.Facts;

/** R204-1.1a: a call into a service or gateway holding sensitive data authenticates with a static or no credential. */
public final class ApiKeyOnlyOnSensitiveApiRule implements EdgeRule {

    public static final String ID = "api-key-only-on-sensitive-api";

    private static final RuleMetadata METADATA = new RuleMetadata(ID,
            "Sensitive API accepts only an API key, basic credentials or nothing",
            "APIs that reach sensitive data must not rely on static credentials alone; a leaked key or password "
                    + "gives lasting access to the data.",
            "Require a signed, verified token (OAuth 2.0 client credentials or OIDC) or a token validated against "
                    + "the issuer on every call to the sensitive API.",
            Severity.HIGH, "sensitive data reachable with a static or no credential; critical north-south with none "
                    + "or when the data is highly sensitive",
            EnumSet.of(Stride.S, Stride.I), List.of(Strategy.MS_SS_1),
            List.of(Reference.nist("MS-SS-1#1"), Facts.catalog("R204-1.1a"), Reference.cwe(287)),
            Targets.edges(),
            List.of("Istio RequestAuthentication.jwtRules + AuthorizationPolicy requestPrincipals",
                    "Envoy Gateway SecurityPolicy.jwt / .oidc", "Kong jwt / openid-connect instead of key-auth alone"),
            RuleKind.CHECK, false);

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public Outcome evaluate(Edge edge, AnalysisContext context) {
        Node target = context.target(edge);
        NodeKind kind = context.targetKind(edge);
        if (kind != NodeKind.SERVICE && kind != NodeKind.API_GATEWAY) {
            return Outcome.NOT_APPLICABLE;
        }
        Facts facts = Facts.collect();
        Fact<Sensitivity> sensitivity = facts.track(edge.to(), WorkloadAttributes.DATA_SENSITIVITY,
                context.targetSensitivity(edge));
        if (sensitivity.isKnown() && sensitivity.value().compareTo(Sensitivity.SENSITIVE) < 0) {
            return Outcome.NOT_APPLICABLE;
        }
        Fact<ClientAuthn> authn = facts.track(edge.id(), EdgeAttributes.CLIENT_AUTHN,
                edge.get(EdgeAttributes.CLIENT_AUTHN));
        if (authn.isKnown() && !authn.isAnyOf(ClientAuthn.NONE, ClientAuthn.API_KEY, ClientAuthn.BASIC)) {
            return Outcome.PASS;
        }
        if (facts.anyUnknown()) {
            return facts.unknown();
        }
        boolean northSouth = context.isNorthSouth(edge);
        boolean highly = sensitivity.is(Sensitivity.HIGHLY_SENSITIVE);
        Severity severity = northSouth && authn.is(ClientAuthn.NONE) || highly ? Severity.CRITICAL : Severity.HIGH;
        // Resolved here so that the message, built when read, does not keep the context alive.
        Node msgFrom = context.source(edge);
        Node msgTo = context.target(edge);
        return Outcome.fire(severity,
                () -> msgFrom.name() + " calls " + target.name() + ", which holds "
                        + Facts.wire(sensitivity.value()) + " data, with client authentication "
                        + Facts.wire(authn.value()),
                List.of(Facts.evidence(edge.id(), EdgeAttributes.CLIENT_AUTHN, authn),
                        Facts.evidence(target.id(), WorkloadAttributes.DATA_SENSITIVITY, sensitivity),
                        Facts.evidence(edge.id(), "north-south", northSouth)));
    }
}
