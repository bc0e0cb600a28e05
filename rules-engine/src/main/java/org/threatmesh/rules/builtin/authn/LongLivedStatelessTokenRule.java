package org.threatmesh.rules.builtin.authn;

import java.util.EnumSet;
import java.util.List;
import org.threatmesh.model.Edge;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.attr.*;
import org.threatmesh.rules.*;
import org.threatmesh.rules.builtin.support.Facts;

/** R204-1.5a: a stateless token (JWT, OAuth, OIDC) lives longer than the engine threshold. */
public final class LongLivedStatelessTokenRule implements EdgeRule {

    public static final String ID = "long-lived-stateless-token";

    /** Default longest lifetime for tokens into sensitive services: 15 minutes (catalog §5, our value). */
    public static final int DEFAULT_SENSITIVE_MAX_TTL_SECONDS = 900;
    /** Default longest lifetime for other tokens: 60 minutes (catalog §5, our value). */
    public static final int DEFAULT_MAX_TTL_SECONDS = 3600;
    /** Checked on every call: a constant set, not the array a varargs {@code isAnyOf} allocates per call. */
    private static final java.util.function.Predicate<ClientAuthn> STATELESS =
            EnumSet.of(ClientAuthn.JWT, ClientAuthn.OAUTH2_CC, ClientAuthn.OIDC)::contains;

    private static final RuleMetadata METADATA = new RuleMetadata(ID, "Stateless token lives too long",
            "A stateless token's expiry is its session length and an active one cannot be revoked, so expiry must "
                    + "be as short as possible.",
            "Shorten the token lifetime (15 minutes for sensitive APIs, 60 minutes otherwise) and use refresh-token "
                    + "rotation or introspection where revocation matters.",
            Severity.MEDIUM, "irrevocable sessions live longer",
            EnumSet.of(Stride.S, Stride.I), List.of(Strategy.MS_SS_1),
            List.of(Reference.nist("MS-SS-1#5"), Facts.catalog("R204-1.5a"), Reference.cwe(613)),
            Targets.edges(),
            List.of("IdP token lifetime settings", "refresh-token rotation", "token introspection"),
            RuleKind.CHECK, false);

    private final int sensitiveMaxTtl;
    private final int maxTtl;

    public LongLivedStatelessTokenRule() {
        this(DEFAULT_SENSITIVE_MAX_TTL_SECONDS, DEFAULT_MAX_TTL_SECONDS);
    }

    /**
     * @param sensitiveMaxTtl longest lifetime (s) into services holding sensitive data; equal passes
     * @param maxTtl          longest lifetime (s) elsewhere; equal passes
     */
    public LongLivedStatelessTokenRule(int sensitiveMaxTtl, int maxTtl) {
        this.sensitiveMaxTtl = sensitiveMaxTtl;
        this.maxTtl = maxTtl;
    }

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public Outcome evaluate(Edge edge, AnalysisContext context) {
        Facts facts = Facts.collect();
        Fact<ClientAuthn> authn = facts.track(edge.id(), EdgeAttributes.CLIENT_AUTHN,
                edge.get(EdgeAttributes.CLIENT_AUTHN));
        if (authn.isKnown() && !authn.matches(STATELESS)) {
            return Outcome.NOT_APPLICABLE;
        }
        Fact<Integer> ttl = facts.track(edge.id(), EdgeAttributes.TOKEN_TTL, edge.get(EdgeAttributes.TOKEN_TTL));
        Node target = context.target(edge);
        if (facts.anyUnknown()) {
            return facts.unknown();
        }
        if (ttl.value() <= sensitiveMaxTtl) {
            return Outcome.PASS;
        }
        // Kinds that hold no data cannot state a sensitivity; the general limit applies to them.
        Fact<Sensitivity> sensitivity = NodeKind.DATA_HOLDERS.contains(context.targetKind(edge))
                ? context.targetSensitivity(edge) : Fact.known(Sensitivity.PUBLIC);
        if (sensitivity.isUnknown() && ttl.value() <= maxTtl) {
            // Only the sensitivity decides between the two limits here, so it must be known.
            return Outcome.unknown(edge.to(), WorkloadAttributes.DATA_SENSITIVITY);
        }
        int limit = sensitivity.matches(value -> value.compareTo(Sensitivity.SENSITIVE) >= 0) ? sensitiveMaxTtl : maxTtl;
        if (ttl.value() <= limit) {
            return Outcome.PASS;
        }
        // Resolved here so that the message, built when read, does not keep the context alive.
        Node msgFrom = context.source(edge);
        Node msgTo = context.target(edge);
        return Outcome.fire(METADATA.severity(), () -> msgFrom.name() + " calls " + target.name()
                + " with a token living " + ttl.value() + " s, above the " + limit + " s limit",
                List.of(Facts.evidence(edge.id(), EdgeAttributes.TOKEN_TTL, ttl),
                        Facts.evidence(target.id(), "limit (s)", limit)));
    }
}
