package org.threatmesh.rules.builtin.meshdeploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.threatmesh.model.Edge;
import org.threatmesh.model.Node;
import org.threatmesh.model.attr.ClientAuthn;
import org.threatmesh.model.attr.EdgeAttributes;
import org.threatmesh.model.attr.Fact;
import org.threatmesh.model.attr.Sensitivity;
import org.threatmesh.model.attr.TlsMode;
import org.threatmesh.model.attr.TokenKind;
import org.threatmesh.rules.AnalysisContext;
import org.threatmesh.rules.EdgeRule;
import org.threatmesh.rules.Evidence;
import org.threatmesh.rules.Outcome;
import org.threatmesh.rules.Reach;
import org.threatmesh.rules.Reference;
import org.threatmesh.rules.Remedy;
import org.threatmesh.rules.RuleMetadata;
import org.threatmesh.rules.Severity;
import org.threatmesh.rules.Stride;
import org.threatmesh.rules.Targets;
import org.threatmesh.rules.builtin.support.Evidences;
import org.threatmesh.rules.builtin.support.Facts;
import org.threatmesh.rules.builtin.support.Meta;
import org.threatmesh.rules.builtin.support.Topology;

/**
 * SP 800-204A SM-DR20: an end-user token (a bearer credential, or a token of kind external user or user session)
 * on a call without TLS.
 */
public final class EndUserTokenInPlaintextRule implements EdgeRule {

    private static final RuleMetadata METADATA = Meta.rule("end-user-token-in-plaintext")
            .title("End-user token sent over an unencrypted call")
            .rationale("A bearer token read off the wire can be replayed by whoever read it; SP 800-204A asks that "
                    + "end-user tokens travel only over loopback or encrypted channels.")
            .remediation("Encrypt every call that carries an end-user token, with mTLS inside the mesh.")
            .severity(Severity.HIGH, "credential disclosure in transit")
            .stride(Stride.I, Stride.S)
            .reference(Reference.SP800_204A, "SM-DR20")
            .cwe(319)
            .targets(Targets.edges())
            .artefacts("Istio PeerAuthentication STRICT", "TLS listeners on gateways", "Istio RequestAuthentication")
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
    public Optional<Remedy> remedy() {
        return Optional.of(Remedy.set("Encrypt the call with mTLS", EdgeAttributes.TLS, TlsMode.MTLS));
    }

    @Override
    public Outcome evaluate(Edge edge, AnalysisContext context) {
        Facts facts = Facts.collect();
        Fact<TlsMode> tls = facts.of(edge, EdgeAttributes.TLS);
        if (tls.isKnown() && tls.value() != TlsMode.NONE) {
            return Outcome.PASS;
        }
        Fact<ClientAuthn> authn = facts.of(edge, EdgeAttributes.CLIENT_AUTHN);
        Fact<TokenKind> kind = facts.of(edge, EdgeAttributes.TOKEN_KIND);
        List<Evidence> token = new ArrayList<>();
        if (authn.matches(Topology::isBearerToken)) {
            token.add(Evidences.of(edge, EdgeAttributes.CLIENT_AUTHN));
        }
        if (kind.isAnyOf(TokenKind.EXTERNAL_USER, TokenKind.USER_SESSION)) {
            token.add(Evidences.of(edge, EdgeAttributes.TOKEN_KIND));
        }
        if (token.isEmpty()) {
            boolean noToken = authn.isKnown() && kind.isKnown();
            return noToken ? Outcome.NOT_APPLICABLE : facts.unknownOutcome();
        }
        if (tls.isUnknown()) {
            return Outcome.unknown(edge.id(), EdgeAttributes.TLS);
        }
        token.add(0, Evidences.of(edge, EdgeAttributes.TLS));
        // Resolved here so that the message, built when read, does not keep the context alive.
        Node msgFrom = context.source(edge);
        Node msgTo = context.target(edge);
        return Outcome.fire(context.rubric(METADATA.severity(),
                        context.targetIsAtLeast(edge, Sensitivity.HIGHLY_SENSITIVE), context.isNorthSouth(edge)),
                () -> Topology.calls(msgFrom, msgTo) + " carry an end-user token without encryption", token);
    }
}
