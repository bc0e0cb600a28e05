package org.threatmesh.rules.builtin.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.threatmesh.model.NodeKind.API_GATEWAY;
import static org.threatmesh.model.NodeKind.EXTERNAL_CLIENT;
import static org.threatmesh.model.NodeKind.SERVICE;
import static org.threatmesh.model.NodeKind.SESSION_STORE;
import static org.threatmesh.model.attr.EdgeAttributes.EXPOSES_INTERNAL_TOKEN;
import static org.threatmesh.model.attr.EdgeAttributes.TLS;
import static org.threatmesh.model.attr.EdgeAttributes.TOKEN_KIND;
import static org.threatmesh.model.attr.InfrastructureAttributes.AUTH_REQUIRED;
import static org.threatmesh.model.attr.InfrastructureAttributes.ENCRYPTION_AT_REST;
import static org.threatmesh.model.attr.WorkloadAttributes.AFFINITY_COOKIE_HTTP_ONLY;
import static org.threatmesh.model.attr.WorkloadAttributes.AFFINITY_COOKIE_OPAQUE;
import static org.threatmesh.model.attr.WorkloadAttributes.AFFINITY_COOKIE_SECURE;
import static org.threatmesh.model.attr.WorkloadAttributes.DATA_SENSITIVITY;
import static org.threatmesh.model.attr.WorkloadAttributes.SESSION_AFFINITY;
import static org.threatmesh.model.attr.WorkloadAttributes.SESSION_STATE;
import static org.threatmesh.rules.builtin.RuleFixtures.a;

import org.junit.jupiter.api.Test;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.model.ZoneKind;
import org.threatmesh.model.attr.Sensitivity;
import org.threatmesh.model.attr.SessionAffinity;
import org.threatmesh.model.attr.SessionState;
import org.threatmesh.model.attr.TlsMode;
import org.threatmesh.model.attr.TokenKind;
import org.threatmesh.rules.Evidence;
import org.threatmesh.rules.builtin.RuleFixtures;
import org.threatmesh.rules.builtin.RuleHarness;

class SessionRulesTest {

    @Test
    void sessionStateMustBeStoredSecurely() {
        ThreatModel model = RuleFixtures.model()
                .node("plain", SERVICE, null, a(SESSION_STATE, SessionState.SHARED_PLAIN),
                        a(DATA_SENSITIVITY, Sensitivity.INTERNAL))
                .node("plain-sensitive", SERVICE, null, a(SESSION_STATE, SessionState.SHARED_PLAIN))
                .node("dont-fire-svc", SERVICE, null, a(SESSION_STATE, SessionState.SHARED_ENCRYPTED))
                .node("redis", SESSION_STORE, null, a(AUTH_REQUIRED, false), a(ENCRYPTION_AT_REST, true),
                        a(DATA_SENSITIVITY, Sensitivity.HIGHLY_SENSITIVE))
                .node("dont-fire-store", SESSION_STORE, null, a(AUTH_REQUIRED, true), a(ENCRYPTION_AT_REST, true))
                .node("vague-store", SESSION_STORE, null, a(AUTH_REQUIRED, true))
                .node("gw", API_GATEWAY, null)
                .edge("e1", "dont-fire-svc", "redis", a(TLS, TlsMode.NONE))
                .edge("e2", "dont-fire-svc", "dont-fire-store", a(TLS, TlsMode.TLS))
                .build();

        assertThat(RuleHarness.run(new InsecureSessionStorageRule(), model)).containsExactly(
                "insecure-session-storage@gw unknown gw.sessionState",
                "insecure-session-storage@plain fire medium",
                "insecure-session-storage@plain-sensitive fire high",
                "insecure-session-storage@redis fire critical",
                "insecure-session-storage@vague-store unknown vague-store.encryptionAtRest");
        assertThat(RuleHarness.fired(new InsecureSessionStorageRule(), model, "redis").evidence()).containsExactly(
                new Evidence("redis", "authRequired", "false"), new Evidence("e1", "tls", "none"));
    }

    @Test
    void stickyCookiesMustBeSecureHttpOnlyOpaqueAndOverTls() {
        ThreatModel model = RuleFixtures.model()
                .node("client", EXTERNAL_CLIENT, null)
                .node("leaky", SERVICE, null, a(SESSION_AFFINITY, SessionAffinity.COOKIE),
                        a(AFFINITY_COOKIE_SECURE, true), a(AFFINITY_COOKIE_HTTP_ONLY, true),
                        a(AFFINITY_COOKIE_OPAQUE, false))
                .node("plaintext", SERVICE, null, a(SESSION_AFFINITY, SessionAffinity.COOKIE),
                        a(AFFINITY_COOKIE_SECURE, true), a(AFFINITY_COOKIE_HTTP_ONLY, true),
                        a(AFFINITY_COOKIE_OPAQUE, true))
                .node("dont-fire-cookie", SERVICE, null, a(SESSION_AFFINITY, SessionAffinity.COOKIE),
                        a(AFFINITY_COOKIE_SECURE, true), a(AFFINITY_COOKIE_HTTP_ONLY, true),
                        a(AFFINITY_COOKIE_OPAQUE, true))
                .node("dont-fire-header", SERVICE, null, a(SESSION_AFFINITY, SessionAffinity.HEADER))
                .node("vague", SERVICE, null, a(SESSION_AFFINITY, SessionAffinity.COOKIE))
                .edge("e1", "client", "plaintext", a(TLS, TlsMode.NONE))
                .edge("e2", "client", "dont-fire-cookie", a(TLS, TlsMode.TLS))
                .build();

        assertThat(RuleHarness.run(new ExposedAffinityCookieRule(), model)).containsExactly(
                "unprotected-affinity-cookie@leaky fire medium",
                "unprotected-affinity-cookie@plaintext fire medium",
                "unprotected-affinity-cookie@vague unknown vague.affinityCookieSecure, vague.affinityCookieHttpOnly, "
                        + "vague.affinityCookieOpaque");
    }

    @Test
    void internalTokensMustNotReachTheClient() {
        ThreatModel model = RuleFixtures.model()
                .zone("internet", ZoneKind.INTERNET)
                .node("client", EXTERNAL_CLIENT, "internet")
                .node("gw", API_GATEWAY, null)
                .node("svc", SERVICE, null)
                .edge("e-leak", "client", "gw", a(EXPOSES_INTERNAL_TOKEN, true))
                .edge("e-unknown", "client", "svc")
                .edge("dont-fire-internal", "gw", "svc", a(EXPOSES_INTERNAL_TOKEN, true))
                .build();

        assertThat(RuleHarness.run(new InternalTokenReturnedRule(), model)).containsExactly(
                "internal-token-returned-to-client@e-leak fire high",
                "internal-token-returned-to-client@e-unknown unknown e-unknown.exposesInternalTokenToClient");
        assertThat(RuleHarness.fired(new InternalTokenReturnedRule(), model, "e-leak").message())
                .isEqualTo("Responses from gw to client return an internal authorization token");
    }

    @Test
    void userSessionTokensMustStopAtTheGateway() {
        ThreatModel model = RuleFixtures.model()
                .node("client", EXTERNAL_CLIENT, null)
                .node("gw", API_GATEWAY, null)
                .node("svc", SERVICE, null)
                .node("vault", SERVICE, null, a(DATA_SENSITIVITY, Sensitivity.HIGHLY_SENSITIVE))
                .edge("dont-fire-edge", "client", "gw", a(TOKEN_KIND, TokenKind.USER_SESSION))
                .edge("e-forward", "gw", "svc", a(TOKEN_KIND, TokenKind.USER_SESSION))
                .edge("e-vault", "svc", "vault", a(TOKEN_KIND, TokenKind.USER_SESSION))
                .edge("dont-fire-exchanged", "gw", "vault", a(TOKEN_KIND, TokenKind.INTERNAL_AUTHZ))
                .edge("e-unknown", "vault", "svc")
                .build();

        assertThat(RuleHarness.run(new UserSessionForwardedRule(), model)).containsExactly(
                "user-session-token-forwarded@e-forward fire high",
                "user-session-token-forwarded@e-unknown unknown e-unknown.tokenKind",
                "user-session-token-forwarded@e-vault fire critical");
    }

    @Test
    void registryIsSortedById() {
        assertThat(SessionRules.all()).extracting(rule -> rule.metadata().id())
                .isSorted().containsExactlyInAnyOrder(
                        "insecure-session-storage", "unprotected-affinity-cookie",
                        "internal-token-returned-to-client", "user-session-token-forwarded");
    }
}
